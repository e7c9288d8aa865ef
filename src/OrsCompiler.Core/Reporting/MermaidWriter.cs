using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace OrsCompiler.Reporting;

/// <summary>
/// Writes a <see cref="StateGraph"/> as a Mermaid <c>stateDiagram-v2</c>: composite states for compound ones, regions
/// separated by <c>--</c> for parallel ones, <c>[*]</c> for initial and final, ORS actions as state descriptions (in the
/// label of composite states, which Mermaid allows no description),
/// flagged states in the <c>restartUnsafe</c> class and a legend state. The same graph always gives the same text.
/// </summary>
public static class MermaidWriter
{
    public const string FlagClass = "restartUnsafe";

    public static string Write(StateGraph graph)
    {
        var names = new Dictionary<GraphState, string>();
        var index = 0;
        foreach (var state in graph.AllStates())
        {
            names[state] = "s" + (++index).ToString(CultureInfo.InvariantCulture);
        }

        var text = new StringBuilder();
        text.Append("---\ntitle: ").Append(Clean(graph.Title)).Append("\n---\n");
        text.Append("stateDiagram-v2\n");
        text.Append("  direction LR\n");
        if (graph.HiddenPlumbing > 0)
        {
            text.Append("  %% ").Append(graph.HiddenPlumbing.ToString(CultureInfo.InvariantCulture)).Append(" Composer plumbing state(s) folded\n");
        }

        if (graph.InitialState != null)
        {
            text.Append("  [*] --> ").Append(names[graph.InitialState]).Append('\n');
        }

        foreach (var state in graph.States)
        {
            WriteState(text, state, names, "  ");
        }

        foreach (var transition in graph.Transitions)
        {
            text.Append("  ").Append(names[transition.Source]).Append(" --> ").Append(names[transition.Target]);
            if (transition.Label.Length > 0)
            {
                text.Append(" : ").Append(Clean(transition.Label));
            }

            text.Append('\n');
        }

        var flagged = new List<string>();
        foreach (var state in graph.AllStates())
        {
            if (state.Flags.Count > 0)
            {
                flagged.Add(names[state]);
            }
        }

        if (graph.Legend.Count > 0)
        {
            text.Append("  state \"Restart safety (ORS4xxx)\" as legend\n");
            foreach (var entry in graph.Legend)
            {
                text.Append("  legend : ").Append(Clean(entry.Key + ": " + entry.Value)).Append('\n');
            }

            if (graph.DocumentFlags.Count > 0)
            {
                text.Append("  legend : ").Append(Clean("On the document: " + string.Join(", ", graph.DocumentFlags))).Append('\n');
            }

            flagged.Add("legend");
        }

        if (flagged.Count > 0)
        {
            text.Append("  classDef ").Append(FlagClass).Append(" fill:").Append(DotWriter.FlagFill).Append(",stroke:").Append(DotWriter.FlagColor).Append(",stroke-width:2px\n");
            text.Append("  class ").Append(string.Join(",", flagged)).Append(' ').Append(FlagClass).Append('\n');
        }

        return text.ToString();
    }

    private static void WriteState(StringBuilder text, GraphState state, Dictionary<GraphState, string> names, string indent)
    {
        var name = names[state];
        var label = state.ShortLabel + (state.IncludedWorkflow != null ? " [xi:include " + state.IncludedWorkflow + "]" : "");
        var notes = new List<string>();
        if (state.Kind == GraphStateKind.History)
        {
            notes.Add("(history)");
        }

        notes.AddRange(state.Actions.Select(a => "> " + a));
        notes.AddRange(state.Flags.Select(f => "! " + f));
        if (state.HiddenPlumbing > 0)
        {
            notes.Add($"+{state.HiddenPlumbing} plumbing");
        }

        // Mermaid gives composite states a label only (a description is an error): their notes go into the label.
        var composite = state.IsCluster && state.Children.Count > 0;
        if (composite && notes.Count > 0)
        {
            label += " (" + string.Join(", ", notes) + ")";
        }

        text.Append(indent).Append("state \"").Append(Clean(label)).Append("\" as ").Append(name).Append('\n');
        if (!composite)
        {
            foreach (var note in notes)
            {
                text.Append(indent).Append(name).Append(" : ").Append(Clean(note)).Append('\n');
            }
        }

        if (state.Kind == GraphStateKind.Final)
        {
            text.Append(indent).Append(name).Append(" --> [*]\n");
        }

        if (!state.IsCluster || state.Children.Count == 0)
        {
            return;
        }

        text.Append(indent).Append("state ").Append(name).Append(" {\n");
        var inner = indent + "  ";
        if (state.InitialChild != null)
        {
            text.Append(inner).Append("[*] --> ").Append(names[state.InitialChild]).Append('\n');
        }

        for (var i = 0; i < state.Children.Count; i++)
        {
            if (i > 0 && state.Kind == GraphStateKind.Parallel)
            {
                text.Append(inner).Append("--\n");
            }

            WriteState(text, state.Children[i], names, inner);
        }

        text.Append(indent).Append("}\n");
    }

    // Mermaid ends a statement at a line break or ';' and reads '#...;' as an entity: keep labels on one line without them.
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(c switch
            {
                '\r' or '\n' or '\t' => ' ',
                ';' => ',',
                '#' => ' ',
                '"' => '\'',
                _ => c,
            });
        }

        return clean.ToString();
    }
}
