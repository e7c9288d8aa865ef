using OrsCompiler.Syntax;

namespace OrsCompiler.Model;

/// <summary>Builds a <see cref="StateChart"/> from a syntax tree whose root is &lt;scxml&gt;.</summary>
public static class StateChartBuilder
{
    /// <summary>Null when the root is missing or is not &lt;scxml&gt; in the SCXML namespace.</summary>
    public static StateChart? Build(SyntaxTree tree, Dialect dialect)
    {
        var rootElement = tree.Root;
        if (rootElement == null || !ScxmlNames.IsScxml(rootElement, ScxmlNames.Scxml))
        {
            return null;
        }

        var root = new StateNode(rootElement, StateNodeKind.Root, null, 0);
        var chart = new StateChart(tree, root, dialect);
        chart.States.Add(root);
        AddContent(chart, root);
        ResolveTargets(chart);
        return chart;
    }

    // Recursion depth is bounded by ParseOptions.MaxDepth: the parser never builds deeper trees.
    private static void AddContent(StateChart chart, StateNode state)
    {
        foreach (var child in state.Element.Elements)
        {
            if (child.NamespaceUri != ScxmlNames.Namespace)
            {
                continue;
            }

            switch (child.LocalName)
            {
                case ScxmlNames.State:
                case ScxmlNames.Parallel:
                case ScxmlNames.Final:
                case ScxmlNames.History:
                    if (state.Kind is StateNodeKind.Final or StateNodeKind.History)
                    {
                        break;
                    }

                    var childState = new StateNode(child, KindOf(child), state, chart.States.Count);
                    chart.States.Add(childState);
                    if (childState.Id != null && !chart.StatesById.ContainsKey(childState.Id))
                    {
                        chart.StatesById.Add(childState.Id, childState);
                    }

                    state.AddChild(childState);
                    AddContent(chart, childState);
                    break;

                case ScxmlNames.Transition:
                    var role = state.Kind == StateNodeKind.History ? TransitionRole.HistoryDefault : TransitionRole.Normal;
                    var transition = AddTransition(chart, state, child, role);
                    if (role == TransitionRole.HistoryDefault)
                    {
                        state.InitialTransition ??= transition;
                    }
                    else
                    {
                        state.AddTransition(transition);
                    }

                    break;

                case ScxmlNames.Initial:
                    foreach (var initialTransition in child.Elements)
                    {
                        if (ScxmlNames.IsScxml(initialTransition, ScxmlNames.Transition))
                        {
                            state.InitialTransition ??= AddTransition(chart, state, initialTransition, TransitionRole.Initial);
                            break;
                        }
                    }

                    break;

                case ScxmlNames.OnEntry:
                    state.AddOnEntry(child);
                    break;

                case ScxmlNames.OnExit:
                    state.AddOnExit(child);
                    break;

                case ScxmlNames.Invoke:
                    state.AddInvoke(child);
                    break;

                case ScxmlNames.DoneData:
                    state.DoneData ??= child;
                    break;

                case ScxmlNames.DataModel:
                    foreach (var data in child.Elements)
                    {
                        if (ScxmlNames.IsScxml(data, ScxmlNames.Data))
                        {
                            state.AddData(data);
                            chart.Data.Add(data);
                        }
                    }

                    break;
            }
        }

        // An `initial` attribute on a state (or the root) is an initial transition without executable content.
        var initialAttribute = state.Element.GetAttribute("initial");
        if (initialAttribute != null && state.InitialTransition == null && state.Kind != StateNodeKind.History)
        {
            state.InitialTransition = new TransitionNode(state, null, initialAttribute, TransitionRole.Initial, chart.Transitions.Count);
            chart.Transitions.Add(state.InitialTransition);
        }

        if (state.Kind == StateNodeKind.Atomic && HasChildState(state))
        {
            state.Kind = StateNodeKind.Compound;
        }
    }

    // A history child alone does not make a state compound.
    private static bool HasChildState(StateNode state)
    {
        foreach (var child in state.Children)
        {
            if (child.Kind != StateNodeKind.History)
            {
                return true;
            }
        }

        return false;
    }

    private static TransitionNode AddTransition(StateChart chart, StateNode source, SyntaxElement element, TransitionRole role)
    {
        var transition = new TransitionNode(source, element, element.GetAttribute("target"), role, chart.Transitions.Count);
        chart.Transitions.Add(transition);
        return transition;
    }

    private static StateNodeKind KindOf(SyntaxElement element) => element.LocalName switch
    {
        ScxmlNames.Parallel => StateNodeKind.Parallel,
        ScxmlNames.Final => StateNodeKind.Final,
        ScxmlNames.History => StateNodeKind.History,
        _ => StateNodeKind.Atomic,
    };

    private static void ResolveTargets(StateChart chart)
    {
        foreach (var transition in chart.Transitions)
        {
            foreach (var id in transition.TargetIds)
            {
                if (chart.StatesById.TryGetValue(id, out var target))
                {
                    transition.AddTarget(target);
                }
                else
                {
                    transition.AddUnresolvedTargetId(id);
                }
            }
        }
    }
}
