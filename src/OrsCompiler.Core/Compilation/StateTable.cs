using System.Collections.Generic;
using OrsCompiler.Model;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Compilation;

/// <summary>
/// The chart's states numbered for the runtime: index i is <c>Nodes[i]</c>, in document order (pre-order), so a parent
/// precedes its children and every subtree is the contiguous range [i, <see cref="SubtreeEnd"/>(i)).
/// </summary>
internal sealed class StateTable
{
    private readonly Dictionary<StateNode, int> _indices;
    private readonly int[] _subtreeEnds;

    public StateTable(IReadOnlyList<StateNode> nodes, IReadOnlyList<string> ids, IReadOnlyList<int> parents, IReadOnlyList<StateKind> kinds)
    {
        Nodes = nodes;
        Ids = ids;
        Parents = parents;
        Kinds = kinds;
        _indices = new Dictionary<StateNode, int>(nodes.Count);
        for (var i = 0; i < nodes.Count; i++)
        {
            _indices.Add(nodes[i], i);
        }

        _subtreeEnds = ComputeSubtreeEnds(parents);
    }

    public IReadOnlyList<StateNode> Nodes { get; }

    /// <summary>The written id, or the one the compiler generated for a state without.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Parent index per state; -1 for the root.</summary>
    public IReadOnlyList<int> Parents { get; }

    public IReadOnlyList<StateKind> Kinds { get; }

    public int Count => Nodes.Count;

    public int IndexOf(StateNode node) => _indices[node];

    /// <summary>One past the last descendant of <paramref name="state"/>.</summary>
    public int SubtreeEnd(int state) => _subtreeEnds[state];

    /// <summary>True when <paramref name="state"/> is a proper descendant of <paramref name="ancestor"/>.</summary>
    public bool IsDescendant(int state, int ancestor) => ancestor < state && state < _subtreeEnds[ancestor];

    /// <summary>SCXML's isCompoundStateOrScxmlElement: the states a transition domain can be.</summary>
    public bool IsCompoundOrRoot(int state) => Kinds[state] is StateKind.Compound or StateKind.Root;

    // Pre-order: walking backwards, every child is finished before its parent, so a parent's end is the max of its own
    // next index and its children's ends. O(n), no recursion.
    private static int[] ComputeSubtreeEnds(IReadOnlyList<int> parents)
    {
        var ends = new int[parents.Count];
        for (var i = parents.Count - 1; i >= 0; i--)
        {
            if (ends[i] < i + 1)
            {
                ends[i] = i + 1;
            }

            var parent = parents[i];
            if (parent >= 0 && ends[parent] < ends[i])
            {
                ends[parent] = ends[i];
            }
        }

        return ends;
    }
}
