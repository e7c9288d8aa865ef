using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Model;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Compilation;

/// <summary>
/// Compiles every transition of the chart, numbered state by state in document order: first the state's initial
/// transition (or a history state's default transition), then its own transitions in document order. A compound state
/// (or the root) without an initial transition gets one synthesized to its first child state in document order, as
/// SCXML defines the default initial state.
/// </summary>
internal sealed class TransitionCompiler
{
    private readonly StateTable _states;
    private readonly ActionCompiler _actions;
    private readonly ExpressionMarker _expressions;
    private readonly List<CompiledTransition> _compiled = new();

    public TransitionCompiler(StateTable states, ActionCompiler actions, ExpressionMarker expressions)
    {
        _states = states;
        _actions = actions;
        _expressions = expressions;
    }

    /// <summary>All transitions, by index.</summary>
    public IReadOnlyList<CompiledTransition> Transitions => _compiled;

    /// <summary>Per state: the index of its initial transition (-1 for none) and of its own transitions.</summary>
    public (int[] Initial, List<int>[] Own) CompileAll()
    {
        var initial = new int[_states.Count];
        var own = new List<int>[_states.Count];
        for (var state = 0; state < _states.Count; state++)
        {
            var node = _states.Nodes[state];
            initial[state] = node.InitialTransition is { } written ? Add(written)
                : NeedsInitial(state) ? AddDefaultInitial(state)
                : -1;
            own[state] = new List<int>(node.Transitions.Count);
            foreach (var transition in node.Transitions)
            {
                own[state].Add(Add(transition));
            }
        }

        return (initial, own);
    }

    private bool NeedsInitial(int state) =>
        _states.Kinds[state] == StateKind.Compound || (_states.Kinds[state] == StateKind.Root && _states.Nodes[state].Children.Count > 0);

    private int Add(TransitionNode node)
    {
        if (node.UnresolvedTargetIds.Count > 0)
        {
            throw new CompilationException(
                "the transition at " + SourcePositions.Of(node.Location) + " targets '" + node.UnresolvedTargetIds[0] + "', which names no state");
        }

        var source = _states.IndexOf(node.Source);
        var targets = new int[node.Targets.Count];
        for (var i = 0; i < targets.Length; i++)
        {
            targets[i] = _states.IndexOf(node.Targets[i]);
        }

        // An initial transition's targets always lie inside its state, so it is treated as internal: its domain is the state.
        var domain = TransitionSets.Domain(_states, source, targets, node.IsInternal || node.Role == TransitionRole.Initial);
        var events = new EventDescriptor[node.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = new EventDescriptor(node.Events[i]);
        }

        return Add(new CompiledTransition
        {
            Index = _compiled.Count,
            Source = source,
            Targets = targets,
            Events = events,
            Condition = node.Cond is { } cond ? _expressions.FromAttribute(cond) : null,
            Type = node.IsInternal ? TransitionType.Internal : TransitionType.External,
            Actions = node.Element is { } element ? _actions.CompileChildren(element) : [],
            Domain = domain,
            ExitSet = TransitionSets.ExitSet(_states, domain),
            Position = SourcePositions.Of(node.Location),
        });
    }

    private int AddDefaultInitial(int state)
    {
        var node = _states.Nodes[state];
        var first = node.Children.FirstOrDefault(child => child.Kind != StateNodeKind.History)
                    ?? throw new CompilationException("state '" + _states.Ids[state] + "' has no child state to enter first");
        int[] targets = [_states.IndexOf(first)];
        return Add(new CompiledTransition
        {
            Index = _compiled.Count,
            Source = state,
            Targets = targets,
            Domain = state,
            ExitSet = TransitionSets.ExitSet(_states, state),
            Position = SourcePositions.Of(node.Element.NameLocation),
        });
    }

    private int Add(CompiledTransition transition)
    {
        _compiled.Add(transition);
        return transition.Index;
    }
}
