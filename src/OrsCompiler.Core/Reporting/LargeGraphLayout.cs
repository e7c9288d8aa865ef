using System.Collections.Generic;

namespace OrsCompiler.Reporting;

/// <summary>
/// How <see cref="DotWriter"/> lays out a large chart so that Graphviz <c>dot</c> stays fast and the drawing readable.
/// Left alone, <c>dot</c> ranks a flat workflow of 150 blocks along one line of some 300 ranks, and every arrow back
/// to an early block or on to a common exit crosses all the ranks between: ~73,000 virtual nodes, minutes of layout.
/// Here the states of each cluster are taken in rows of <see cref="RowLength"/> in document order: only an arrow that
/// goes forward within its row places states (ranks); every other arrow gets <c>constraint=false</c>, so it stretches
/// no row, and the rows stack like lines of text. Arrows into a hub (a state that <see cref="HubFanIn"/> or more arrows
/// reach, such as a Composer workflow's error exit) are written under their source state, <c>event [cond] → Hub</c>,
/// instead of drawn, except those that place states. Freeing arrows that cross cluster borders too is deliberate: with
/// them constrained, Graphviz 2.43 failed on charts with nested clusters that it lays out this way
/// ("trouble in init_rank", an old dot bug that some large clustered charts hit either way).
/// </summary>
public sealed class LargeGraphLayout
{
    /// <summary>Drawn states from which a chart is laid out this way; smaller ones are left to <c>dot</c> as they are.</summary>
    public const int DefaultThreshold = 40;

    /// <summary>States per row.</summary>
    public const int RowLength = 10;

    /// <summary>Arrows into one state from which the arrows from outside the rows are written instead of drawn.</summary>
    public const int HubFanIn = 8;

    private readonly Dictionary<GraphState, int> _siblingIndex = new();
    private readonly HashSet<GraphTransition> _folded = new();
    private readonly Dictionary<GraphState, List<GraphTransition>> _foldedFrom = new();
    private readonly Dictionary<GraphState, int> _foldedInto = new();

    private LargeGraphLayout(StateGraph graph)
    {
        Index(graph.States);
        foreach (var state in graph.AllStates())
        {
            Index(state.Children);
        }

        var incoming = new Dictionary<GraphState, int>();
        foreach (var transition in graph.Transitions)
        {
            incoming[transition.Target] = incoming.TryGetValue(transition.Target, out var n) ? n + 1 : 1;
        }

        foreach (var transition in graph.Transitions)
        {
            if (incoming[transition.Target] < HubFanIn || transition.Source == transition.Target || IsConstraining(transition))
            {
                continue;
            }

            _folded.Add(transition);
            if (!_foldedFrom.TryGetValue(transition.Source, out var list))
            {
                _foldedFrom[transition.Source] = list = new List<GraphTransition>();
            }

            list.Add(transition);
            _foldedInto[transition.Target] = _foldedInto.TryGetValue(transition.Target, out var m) ? m + 1 : 1;
        }
    }

    /// <summary>The layout for <paramref name="graph"/>, or null when it has fewer than <paramref name="threshold"/> drawn states.</summary>
    public static LargeGraphLayout? For(StateGraph graph, int threshold = DefaultThreshold)
    {
        var count = 0;
        foreach (var _ in graph.AllStates())
        {
            count++;
        }

        return count >= threshold ? new LargeGraphLayout(graph) : null;
    }

    /// <summary>
    /// True when the arrow places its states: it goes forward in document order within one row of the cluster both ends
    /// are in (or of the clusters that hold them there), or joins a cluster and a state inside it.
    /// </summary>
    public bool IsConstraining(GraphTransition transition)
    {
        var (from, to) = SiblingsHolding(transition.Source, transition.Target);
        if (from == null || to == null)
        {
            return true;
        }

        var i = _siblingIndex[from];
        var j = _siblingIndex[to];
        return j > i && i / RowLength == j / RowLength;
    }

    /// <summary>True when the arrow is written under its source state instead of drawn.</summary>
    public bool IsFolded(GraphTransition transition) => _folded.Contains(transition);

    /// <summary>The arrows written under <paramref name="state"/>, in document order.</summary>
    public IReadOnlyList<GraphTransition> FoldedFrom(GraphState state) =>
        _foldedFrom.TryGetValue(state, out var list) ? list : System.Array.Empty<GraphTransition>();

    /// <summary>How many arrows into <paramref name="state"/> are written under their sources.</summary>
    public int FoldedInto(GraphState state) => _foldedInto.TryGetValue(state, out var n) ? n : 0;

    private void Index(List<GraphState> siblings)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            _siblingIndex[siblings[i]] = i;
        }
    }

    // The ancestors-or-selves of the two ends that are siblings (children of the same cluster, or both at the top);
    // (null, null) when one end holds the other.
    private static (GraphState? From, GraphState? To) SiblingsHolding(GraphState source, GraphState target)
    {
        for (var a = source; a != null; a = a.Parent)
        {
            for (var b = target; b != null; b = b.Parent)
            {
                if (a == b)
                {
                    return (null, null);
                }

                if (a.Parent == b.Parent)
                {
                    return (a, b);
                }
            }
        }

        return (null, null);
    }
}
