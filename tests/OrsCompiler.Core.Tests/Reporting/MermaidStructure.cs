using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>Reads back the structure of the Mermaid text MermaidWriter writes: states, nesting, descriptions, transitions.</summary>
internal sealed partial class MermaidStructure
{
    public Dictionary<string, string> Labels { get; } = new();

    public Dictionary<string, string?> Parents { get; } = new();

    public Dictionary<string, List<string>> Descriptions { get; } = new();

    /// <summary>"[*]" as From is an initial marker, as To a final one; Scope is the composite the line is written in.</summary>
    public List<(string From, string To, string Label, string? Scope)> Transitions { get; } = new();

    public List<string> ClassLines { get; } = new();

    public static MermaidStructure Parse(string text)
    {
        var structure = new MermaidStructure();
        var stack = new Stack<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            Match m;
            if ((m = Declaration().Match(line)).Success)
            {
                structure.Labels[m.Groups[2].Value] = m.Groups[1].Value;
                structure.Parents[m.Groups[2].Value] = stack.Count > 0 ? stack.Peek() : null;
            }
            else if ((m = Composite().Match(line)).Success)
            {
                stack.Push(m.Groups[1].Value);
            }
            else if (line == "}")
            {
                stack.Pop();
            }
            else if ((m = Transition().Match(line)).Success)
            {
                structure.Transitions.Add((m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, stack.Count > 0 ? stack.Peek() : null));
            }
            else if ((m = Description().Match(line)).Success)
            {
                if (!structure.Descriptions.TryGetValue(m.Groups[1].Value, out var list))
                {
                    structure.Descriptions[m.Groups[1].Value] = list = new List<string>();
                }

                list.Add(m.Groups[2].Value);
            }
            else if (line.StartsWith("class ", System.StringComparison.Ordinal) || line.StartsWith("classDef ", System.StringComparison.Ordinal))
            {
                structure.ClassLines.Add(line);
            }
        }

        return structure;
    }

    [GeneratedRegex("^state \"([^\"]*)\" as (\\w+)$")]
    private static partial Regex Declaration();

    [GeneratedRegex("^state (\\w+) \\{$")]
    private static partial Regex Composite();

    [GeneratedRegex("^(\\[\\*\\]|\\w+) --> (\\[\\*\\]|\\w+)(?: : (.*))?$")]
    private static partial Regex Transition();

    [GeneratedRegex("^(\\w+) : (.*)$")]
    private static partial Regex Description();
}
