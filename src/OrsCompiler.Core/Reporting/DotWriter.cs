using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace OrsCompiler.Reporting;

/// <summary>
/// Writes a <see cref="StateGraph"/> as Graphviz DOT: compound and parallel states as nested clusters (parallel ones
/// dashed), a black dot for each initial state, double circles for final states, flagged states in red with a legend.
/// The same graph always gives the same text. A chart of <see cref="LargeGraphLayout.DefaultThreshold"/> or more drawn
/// states is laid out in rows (<see cref="LargeGraphLayout"/>): arrows that do not place states are
/// <c>constraint=false</c> and grey, and arrows into a hub are written under their source state.
/// </summary>
public static class DotWriter
{
    public const string FlagColor = "#c62828";
    public const string FlagFill = "#ffebee";

    /// <summary>The colour of arrows that do not place states in the large-chart layout, so the rows' flow stands out.</summary>
    public const string JumpColor = "#78909c";

    /// <summary>
    /// The DOT text of <paramref name="graph"/>; <paramref name="largeLayoutThreshold"/> is the number of drawn states
    /// from which the large-chart layout applies (int.MaxValue: never, as the benchmarks' baseline).
    /// </summary>
    public static string Write(StateGraph graph, int largeLayoutThreshold = LargeGraphLayout.DefaultThreshold)
    {
        var layout = LargeGraphLayout.For(graph, largeLayoutThreshold);
        var dot = new StringBuilder();
        dot.Append("digraph ").Append(Quote(graph.Title)).Append(" {\n");
        dot.Append("  graph [rankdir=LR, compound=true, fontname=\"Helvetica\", fontsize=12, labelloc=t, label=")
            .Append(Quote(TitleOf(graph))).Append("];\n");
        dot.Append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=10];\n");
        dot.Append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        if (graph.InitialState != null)
        {
            dot.Append("  \"[*]\" [shape=circle, style=filled, fillcolor=black, label=\"\", width=0.15];\n");
            Edge(dot, "  ", "[*]", graph.InitialState, null, "");
        }

        foreach (var state in graph.States)
        {
            WriteState(dot, state, "  ", layout);
        }

        foreach (var transition in graph.Transitions)
        {
            if (layout == null)
            {
                Edge(dot, "  ", transition.Source, transition.Target, transition.Label, constraining: true);
            }
            else if (!layout.IsFolded(transition))
            {
                Edge(dot, "  ", transition.Source, transition.Target, transition.Label, layout.IsConstraining(transition));
            }
        }

        if (graph.Legend.Count > 0)
        {
            var legend = new StringBuilder("Restart safety (ORS4xxx)\\l");
            foreach (var entry in graph.Legend)
            {
                legend.Append(Escape(entry.Key + ": " + entry.Value)).Append("\\l");
            }

            if (graph.DocumentFlags.Count > 0)
            {
                legend.Append(Escape("On the document: " + string.Join(", ", graph.DocumentFlags))).Append("\\l");
            }

            dot.Append("  \"legend\" [shape=note, style=filled, fillcolor=").Append(Quote(FlagFill)).Append(", color=").Append(Quote(FlagColor))
                .Append(", label=\"").Append(legend).Append("\"];\n");
        }

        dot.Append("}\n");
        return dot.ToString();
    }

    private static string TitleOf(StateGraph graph) =>
        graph.HiddenPlumbing == 0
            ? graph.Title
            : graph.Title + string.Format(CultureInfo.InvariantCulture, " ({0} Composer plumbing state(s) folded)", graph.HiddenPlumbing);

    private static void WriteState(StringBuilder dot, GraphState state, string indent, LargeGraphLayout? layout)
    {
        if (!state.IsCluster)
        {
            dot.Append(indent).Append(Quote(state.Key)).Append(" [").Append(NodeAttributes(state, layout)).Append("];\n");
            return;
        }

        dot.Append(indent).Append("subgraph ").Append(Quote("cluster_" + state.Key)).Append(" {\n");
        var inner = indent + "  ";
        dot.Append(inner).Append("label=\"").Append(LabelLines(state, state.Kind == GraphStateKind.Parallel ? " (parallel)" : "", layout)).Append("\";\n");
        dot.Append(inner).Append("style=").Append(Quote(state.Kind == GraphStateKind.Parallel ? "dashed,rounded" : "rounded")).Append(";\n");
        if (state.Flags.Count > 0)
        {
            dot.Append(inner).Append("color=").Append(Quote(FlagColor)).Append("; penwidth=2; bgcolor=").Append(Quote(FlagFill)).Append(";\n");
        }

        // Arrows to and from the cluster end at its border: they attach to this invisible point with lhead/ltail.
        dot.Append(inner).Append(Quote(AnchorOf(state))).Append(" [shape=point, style=invis, width=0.01, label=\"\"];\n");
        if (state.InitialChild != null)
        {
            var initial = state.Key + "::initial";
            dot.Append(inner).Append(Quote(initial)).Append(" [shape=circle, style=filled, fillcolor=black, label=\"\", width=0.12];\n");
            Edge(dot, inner, initial, state.InitialChild, null, "");
        }

        foreach (var child in state.Children)
        {
            WriteState(dot, child, inner, layout);
        }

        dot.Append(indent).Append("}\n");
    }

    private static string NodeAttributes(GraphState state, LargeGraphLayout? layout)
    {
        var attributes = new StringBuilder();
        attributes.Append("label=\"").Append(LabelLines(state, "", layout)).Append('"');
        switch (state.Kind)
        {
            case GraphStateKind.Final:
                attributes.Append(", shape=doublecircle, style=filled, fillcolor=\"#eeeeee\"");
                break;
            case GraphStateKind.History:
                attributes.Append(", shape=circle");
                break;
        }

        if (state.Flags.Count > 0)
        {
            attributes.Append(", color=").Append(Quote(FlagColor)).Append(", penwidth=2, fillcolor=").Append(Quote(FlagFill));
        }

        return attributes.ToString();
    }

    // Name, then the ORS actions, rule IDs and arrows written instead of drawn, one per line (left-aligned with \l).
    private static string LabelLines(GraphState state, string suffix, LargeGraphLayout? layout)
    {
        var label = new StringBuilder(Escape(state.ShortLabel + suffix));
        if (state.IncludedWorkflow != null)
        {
            label.Append("\\n").Append(Escape("xi:include " + state.IncludedWorkflow));
        }

        if (state.Kind == GraphStateKind.History)
        {
            label.Append("\\n(history)");
        }

        var foldedFrom = layout?.FoldedFrom(state) ?? System.Array.Empty<GraphTransition>();
        var foldedInto = layout?.FoldedInto(state) ?? 0;
        if (state.Actions.Count == 0 && state.Flags.Count == 0 && state.HiddenPlumbing == 0 && foldedFrom.Count == 0 && foldedInto == 0)
        {
            return label.ToString();
        }

        label.Append("\\n");
        foreach (var action in state.Actions)
        {
            label.Append(Escape("> " + action)).Append("\\l");
        }

        foreach (var flag in state.Flags)
        {
            label.Append(Escape("! " + flag)).Append("\\l");
        }

        if (state.HiddenPlumbing > 0)
        {
            label.Append(Escape($"+{state.HiddenPlumbing} plumbing")).Append("\\l");
        }

        foreach (var transition in foldedFrom)
        {
            label.Append(Escape(FoldedArrow(transition))).Append("\\l");
        }

        if (foldedInto > 0)
        {
            label.Append(Escape(string.Format(CultureInfo.InvariantCulture, "← {0} arrow(s) written at their source", foldedInto))).Append("\\l");
        }

        return label.ToString();
    }

    // How an arrow into a hub is written under its source state: "event [cond] → Target".
    private static string FoldedArrow(GraphTransition transition) =>
        (transition.Label.Length > 0 ? transition.Label + " " : "") + "→ " + transition.Target.ShortLabel;

    private static void Edge(StringBuilder dot, string indent, GraphState source, GraphState target, string label, bool constraining)
    {
        var attributes = new List<string>();
        if (label.Length > 0)
        {
            attributes.Add("label=\"" + Escape(label) + "\"");
        }

        // Large-chart layout: an arrow that is not to stretch the ranks, drawn lighter than the flow of the rows.
        if (!constraining)
        {
            attributes.Add("constraint=false, color=" + Quote(JumpColor) + ", fontcolor=" + Quote(JumpColor));
        }

        // Clipping at a cluster's border only makes sense when the other end is outside that cluster.
        if (source.IsCluster && target != source && !target.IsInside(source))
        {
            attributes.Add("ltail=" + Quote("cluster_" + source.Key));
        }

        Edge(dot, indent, source.IsCluster ? AnchorOf(source) : source.Key, target, source, string.Join(", ", attributes));
    }

    private static void Edge(StringBuilder dot, string indent, string sourceName, GraphState target, GraphState? source, string attributes)
    {
        var list = new List<string>();
        if (attributes.Length > 0)
        {
            list.Add(attributes);
        }

        if (target.IsCluster && target != source && !(source != null && source.IsInside(target)))
        {
            list.Add("lhead=" + Quote("cluster_" + target.Key));
        }

        dot.Append(indent).Append(Quote(sourceName)).Append(" -> ").Append(Quote(target.IsCluster ? AnchorOf(target) : target.Key));
        if (list.Count > 0)
        {
            dot.Append(" [").Append(string.Join(", ", list)).Append(']');
        }

        dot.Append(";\n");
    }

    private static string AnchorOf(GraphState cluster) => cluster.Key + "::anchor";

    private static string Quote(string text) => "\"" + Escape(text) + "\"";

    // DOT quoted strings: backslash and quote escaped, line breaks as \n, other control characters dropped.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\':
                    escaped.Append("\\\\");
                    break;
                case '"':
                    escaped.Append("\\\"");
                    break;
                case '\n':
                    escaped.Append("\\n");
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
