using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Structure;

/// <summary>ORS1112: a &lt;script&gt; has a <c>src</c> or code (SCXML 1.0, 5.8); an empty one is a mistake, not a no-op.</summary>
public sealed class EmptyScriptRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.EmptyScript };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        Dictionary<string, int[]>? earlier = null;
        foreach (var (element, schema) in ScxmlSchema.For(context.Dialect).Elements(context))
        {
            if (schema != null && element.LocalName == ScxmlNames.Script && element.IsComplete
                && element.GetAttribute("src") == null && !element.HasElements && string.IsNullOrWhiteSpace(element.Text)
                && !HasReportedInclude(earlier ??= EarlierFindings(context), element))
            {
                context.Report(DiagnosticCatalog.EmptyScript, element.NameLocation);
            }
        }
    }

    // A script whose xi:include could not be read is empty now; the include's diagnostic already says why.
    private static bool HasReportedInclude(Dictionary<string, int[]> earlierByFile, SyntaxElement script)
    {
        if (!earlierByFile.TryGetValue(script.Document.Path, out var earlier))
        {
            return false;
        }

        var index = Array.BinarySearch(earlier, script.Span.Start);
        index = index < 0 ? ~index : index;
        return index < earlier.Length && earlier[index] < script.Span.End;
    }

    // The start offsets, sorted per file, of what was reported before this rule: taken once, so that many empty
    // scripts do not each scan a growing list.
    private static Dictionary<string, int[]> EarlierFindings(DocumentContext context)
    {
        var starts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!starts.TryGetValue(diagnostic.Location.FilePath, out var list))
            {
                starts.Add(diagnostic.Location.FilePath, list = new List<int>());
            }

            list.Add(diagnostic.Location.Span.Start);
        }

        var sorted = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var pair in starts)
        {
            pair.Value.Sort();
            sorted.Add(pair.Key, pair.Value.ToArray());
        }

        return sorted;
    }
}
