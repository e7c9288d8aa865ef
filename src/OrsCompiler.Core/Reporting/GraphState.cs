using System.Collections.Generic;

namespace OrsCompiler.Reporting;

/// <summary>A state as the diagrams draw it: its name, what it runs, and the restart-safety rules that flag it.</summary>
public sealed class GraphState
{
    private string? _shortLabel;

    internal GraphState(string key, string label, GraphStateKind kind)
    {
        Key = key;
        Label = label;
        Kind = kind;
    }

    /// <summary>Unique in the graph: the state id, or the element and its document order when the id is missing or repeated.</summary>
    public string Key { get; }

    /// <summary>The state id as the chart knows it (after resolveid), or <c>&lt;state&gt;</c> for a state without one.</summary>
    public string Label { get; }

    /// <summary>The label inside an XIncluded workflow's cluster: the id without its resolveid prefix.</summary>
    public string ShortLabel { get => _shortLabel ?? Label; internal set => _shortLabel = value; }

    public GraphStateKind Kind { get; }

    /// <summary>The drawn state whose cluster holds this one; null at the top level.</summary>
    public GraphState? Parent { get; internal set; }

    /// <summary>True when this state is drawn inside <paramref name="other"/>'s cluster, at any depth.</summary>
    public bool IsInside(GraphState other)
    {
        for (var s = Parent; s != null; s = s.Parent)
        {
            if (s == other)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Children drawn inside this state's cluster, in document order.</summary>
    public List<GraphState> Children { get; } = new();

    /// <summary>The child the state enters by default (its initial transition), when there is one to draw.</summary>
    public GraphState? InitialChild { get; internal set; }

    /// <summary>ORS actions run on entry, on exit and by the state's transitions, e.g. "queue:submit", "ixn:redirect x2".</summary>
    public List<string> Actions { get; } = new();

    /// <summary>Restart-safety rule IDs (ORS4xxx) reported inside this state, sorted.</summary>
    public SortedSet<string> Flags { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The resolveid and file of an XIncluded workflow this state holds, e.g. "MainWorkflow (Main.scxml)".</summary>
    public string? IncludedWorkflow { get; internal set; }

    /// <summary>Composer plumbing states folded into this state (hidden unless asked for).</summary>
    public int HiddenPlumbing { get; internal set; }

    public bool IsCluster => Kind is GraphStateKind.Compound or GraphStateKind.Parallel;

    public override string ToString() => Key;
}
