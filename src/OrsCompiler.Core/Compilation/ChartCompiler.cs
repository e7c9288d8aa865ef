using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Collections;
using OrsCompiler.Model;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Compilation;

/// <summary>Builds the runtime's <see cref="CompiledDocument"/> from a chart: states, transitions, actions, data, root attributes.</summary>
internal static class ChartCompiler
{
    public static CompiledDocument Compile(StateChart chart, ExpressionMarker expressions)
    {
        var states = StateFlattener.Flatten(chart);
        var attributes = new AttributeCompiler(expressions, chart.Dialect);
        var actions = new ActionCompiler(attributes);
        var data = new DataCompiler(attributes, actions);
        var transitions = new TransitionCompiler(states, actions, expressions);
        var (initial, own) = transitions.CompileAll();

        var compiledStates = new CompiledState[states.Count];
        for (var i = 0; i < states.Count; i++)
        {
            var node = states.Nodes[i];
            compiledStates[i] = new CompiledState
            {
                Index = i,
                Id = states.Ids[i],
                Kind = states.Kinds[i],
                Parent = states.Parents[i],
                Children = ChildIndices(states, node),
                Depth = node.Depth,
                InitialTransition = initial[i],
                Transitions = own[i],
                OnEntry = Blocks(actions, node.OnEntry),
                OnExit = Blocks(actions, node.OnExit),
                Invokes = node.Invokes.Select(actions.Compile).ToArray(),
                DoneData = node.DoneData is { } doneData ? actions.Compile(doneData) : null,
                DataDeclarations = data.Compile(node.Data),
                Position = SourcePositions.Of(node.Element.NameLocation),
            };
        }

        var root = chart.Root.Element;
        return new CompiledDocument
        {
            Name = chart.Name ?? "",
            DatamodelKind = root.GetAttributeValue("datamodel") ?? root.GetAttributeValue("profile") ?? "ecmascript",
            Binding = chart.Binding == "late" ? BindingMode.Late : BindingMode.Early,
            Persist = ParseBoolean(root.GetAttributeValue("_persist")),
            SendSessionRecovered = ParseBoolean(root.GetAttributeValue("_sendSessionRecovered")),
            Dialect = chart.Dialect == Dialect.Ors ? "ors" : "w3c",
            States = compiledStates,
            Transitions = transitions.Transitions,
            Script = TopLevelScripts(actions, root),
        };
    }

    private static int[] ChildIndices(StateTable states, StateNode node)
    {
        var children = new int[node.Children.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = states.IndexOf(node.Children[i]);
        }

        return children;
    }

    private static IReadOnlyList<CompiledAction>[] Blocks(ActionCompiler actions, ReadOnlyListView<SyntaxElement> blocks) =>
        blocks.Select<SyntaxElement, IReadOnlyList<CompiledAction>>(actions.CompileChildren).ToArray();

    private static List<CompiledAction> TopLevelScripts(ActionCompiler actions, SyntaxElement root)
    {
        var scripts = new List<CompiledAction>();
        foreach (var element in root.Elements)
        {
            if (ScxmlNames.IsScxml(element, ScxmlNames.Script))
            {
                scripts.Add(actions.Compile(element));
            }
        }

        return scripts;
    }

    // The ORS root flags are xs:boolean; anything else is absent (the dialect rules report the bad value).
    private static bool? ParseBoolean(string? value) => value?.Trim() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };
}
