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
        foreach (var (element, schema) in ScxmlSchema.For(context.Dialect).Elements(context))
        {
            if (schema != null && element.LocalName == ScxmlNames.Script && element.IsComplete
                && element.GetAttribute("src") == null && !element.HasElements && string.IsNullOrWhiteSpace(element.Text)
                && !HasReportedInclude(context, element))
            {
                context.Report(DiagnosticCatalog.EmptyScript, element.NameLocation);
            }
        }
    }

    // A script whose xi:include could not be read is empty now; the include's diagnostic already says why.
    private static bool HasReportedInclude(DocumentContext context, SyntaxElement script)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Location.FilePath == script.Document.Path
                && diagnostic.Location.Span.Start >= script.Span.Start && diagnostic.Location.Span.Start < script.Span.End)
            {
                return true;
            }
        }

        return false;
    }
}
