using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>
/// Reads back the structure of the DOT text DotWriter writes (one statement per line): clusters with their parent
/// cluster, nodes with their cluster and attributes, edges with their attributes. Enough to check structure, not pixels.
/// </summary>
internal sealed partial class DotStructure
{
    public Dictionary<string, string?> ClusterParents { get; } = new();

    public Dictionary<string, string> ClusterLabels { get; } = new();

    public Dictionary<string, string?> NodeClusters { get; } = new();

    public Dictionary<string, string> NodeAttributes { get; } = new();

    public List<(string From, string To, string Attributes)> Edges { get; } = new();

    public static DotStructure Parse(string dot)
    {
        var structure = new DotStructure();
        var stack = new Stack<string>();
        foreach (var raw in dot.Split('\n'))
        {
            var line = raw.Trim();
            Match m;
            if ((m = Subgraph().Match(line)).Success)
            {
                structure.ClusterParents[m.Groups[1].Value] = stack.Count > 0 ? stack.Peek() : null;
                stack.Push(m.Groups[1].Value);
            }
            else if (line == "}")
            {
                if (stack.Count > 0)
                {
                    stack.Pop();
                }
            }
            else if ((m = Edge().Match(line)).Success)
            {
                structure.Edges.Add((m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));
            }
            else if ((m = Node().Match(line)).Success)
            {
                structure.NodeClusters[m.Groups[1].Value] = stack.Count > 0 ? stack.Peek() : null;
                structure.NodeAttributes[m.Groups[1].Value] = m.Groups[2].Value;
            }
            else if ((m = ClusterLabel().Match(line)).Success && stack.Count > 0)
            {
                structure.ClusterLabels[stack.Peek()] = m.Groups[1].Value;
            }
        }

        return structure;
    }

    /// <summary>The label of an edge (DOT-escaped as written), or "".</summary>
    public static string LabelOf(string attributes)
    {
        var m = Label().Match(attributes);
        return m.Success ? m.Groups[1].Value : "";
    }

    [GeneratedRegex("^subgraph \"(cluster_(?:[^\"\\\\]|\\\\.)*)\" \\{$")]
    private static partial Regex Subgraph();

    [GeneratedRegex("^\"((?:[^\"\\\\]|\\\\.)*)\" -> \"((?:[^\"\\\\]|\\\\.)*)\"(?: \\[(.*)\\])?;$")]
    private static partial Regex Edge();

    [GeneratedRegex("^\"((?:[^\"\\\\]|\\\\.)*)\" \\[(.*)\\];$")]
    private static partial Regex Node();

    [GeneratedRegex("^label=\"((?:[^\"\\\\]|\\\\.)*)\";$")]
    private static partial Regex ClusterLabel();

    [GeneratedRegex("label=\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Label();
}
