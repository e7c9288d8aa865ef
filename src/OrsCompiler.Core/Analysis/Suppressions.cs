using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Diagnostics;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Analysis;

/// <summary>
/// In-document suppressions, since XML has no #pragma:
/// <c>&lt;!-- orsc-disable ORS4001 ORS4005 --&gt;</c> from the comment to the end of its file (no IDs: every rule),
/// <c>&lt;!-- orsc-enable ORS4001 --&gt;</c> ends such a region, and
/// <c>&lt;!-- orsc-disable-next ORS4001 --&gt;</c> covers the next element and everything in it.
/// </summary>
internal sealed class Suppressions
{
    private const string Disable = "orsc-disable";
    private const string Enable = "orsc-enable";
    private const string DisableNext = "orsc-disable-next";

    private static readonly Suppressions None = new();

    private readonly List<Region> _regions = new();

    private Suppressions()
    {
    }

    public static Suppressions From(SyntaxTree tree)
    {
        // Most documents have comments but no suppressions: don't sort or split them.
        if (!tree.Comments.Exists(c => c.Value.IndexOf("orsc-", StringComparison.Ordinal) >= 0))
        {
            return None;
        }

        var suppressions = new Suppressions();
        var open = new List<(string Path, int Start, HashSet<string>? Ids, SyntaxComment Comment)>();
        foreach (var comment in tree.Comments.OrderBy(c => c.Document.Path, StringComparer.Ordinal).ThenBy(c => c.Span.Start))
        {
            var words = comment.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var ids = words.Length > 1 ? new HashSet<string>(words.Skip(1).Select(w => w.TrimEnd(',')), StringComparer.OrdinalIgnoreCase) : null;
            var path = comment.Document.Path;
            switch (words[0])
            {
                case Disable:
                    open.Add((path, comment.Span.End, ids, comment));
                    break;

                case Enable:
                    for (var i = open.Count - 1; i >= 0; i--)
                    {
                        if (open[i].Path == path && (ids == null || open[i].Ids == null || open[i].Ids!.Overlaps(ids)))
                        {
                            suppressions._regions.Add(new Region(path, TextSpan.FromBounds(open[i].Start, comment.Span.Start), open[i].Ids));
                            open.RemoveAt(i);
                        }
                    }

                    break;

                case DisableNext:
                    var next = NextElement(tree, comment);
                    if (next != null)
                    {
                        suppressions._regions.Add(new Region(path, next.Span, ids));
                    }

                    break;
            }
        }

        foreach (var region in open)
        {
            suppressions._regions.Add(new Region(region.Path, TextSpan.FromBounds(region.Start, int.MaxValue), region.Ids));
        }

        return suppressions;
    }

    public bool IsSuppressed(Diagnostic diagnostic)
    {
        if (_regions.Count == 0)
        {
            return false;
        }

        foreach (var region in _regions)
        {
            if (region.Path == diagnostic.Location.FilePath
                && region.Span.Contains(diagnostic.Location.Span.Start)
                && (region.Ids == null || region.Ids.Contains(diagnostic.Id)))
            {
                return true;
            }
        }

        return false;
    }

    private static SyntaxElement? NextElement(SyntaxTree tree, SyntaxComment comment)
    {
        if (tree.Root == null)
        {
            return null;
        }

        foreach (var element in tree.Root.DescendantsAndSelf())
        {
            if (element.Document == comment.Document && element.StartTagSpan.Start >= comment.Span.End)
            {
                return element;
            }
        }

        return null;
    }

    private sealed record Region(string Path, TextSpan Span, HashSet<string>? Ids);
}
