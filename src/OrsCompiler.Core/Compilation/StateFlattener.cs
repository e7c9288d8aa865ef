using System;
using System.Collections.Generic;
using System.Globalization;
using OrsCompiler.Model;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Compilation;

/// <summary>
/// Numbers the chart's states for the runtime. <see cref="StateChart.States"/> is already in document order (the
/// builder adds a state before its content), which is the pre-order the runtime requires; this keeps that order,
/// maps kinds and gives every state without an <c>id</c> a generated one.
/// </summary>
internal static class StateFlattener
{
    /// <summary>Prefix of generated ids; a number follows (the state's index), then underscores if a written id is taken.</summary>
    public const string GeneratedIdPrefix = "_state";

    public static StateTable Flatten(StateChart chart)
    {
        var nodes = chart.States;
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            if (node.Id is { Length: > 0 } id)
            {
                written.Add(id);
            }
        }

        var ids = new string[nodes.Count];
        var parents = new int[nodes.Count];
        var kinds = new StateKind[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (node.DocumentOrder != i)
            {
                throw new InvalidOperationException("The chart's states are not numbered in document order.");
            }

            // The root keeps an empty id: it is the document, not a state anyone can target.
            ids[i] = node.Kind == StateNodeKind.Root ? "" : node.Id is { Length: > 0 } id ? id : GenerateId(i, written);
            parents[i] = node.Parent?.DocumentOrder ?? -1;
            kinds[i] = KindOf(node);
        }

        return new StateTable(nodes, ids, parents, kinds);
    }

    private static string GenerateId(int index, HashSet<string> taken)
    {
        var id = GeneratedIdPrefix + index.ToString(CultureInfo.InvariantCulture);
        while (!taken.Add(id))
        {
            id += "_";
        }

        return id;
    }

    private static StateKind KindOf(StateNode node) => node.Kind switch
    {
        StateNodeKind.Root => StateKind.Root,
        StateNodeKind.Atomic => StateKind.Atomic,
        StateNodeKind.Compound => StateKind.Compound,
        StateNodeKind.Parallel => StateKind.Parallel,
        StateNodeKind.Final => StateKind.Final,
        StateNodeKind.History => node.HistoryType == "deep" ? StateKind.HistoryDeep : StateKind.HistoryShallow,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown state kind."),
    };
}
