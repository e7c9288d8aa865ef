using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2011, ORS2012: inside &lt;if&gt;, &lt;else&gt; comes last and once. (That &lt;elseif&gt; and &lt;else&gt; appear
/// only inside &lt;if&gt; is the schema's ORS1102.)
/// </summary>
public sealed class IfElseOrderRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.BranchAfterElse,
        DiagnosticCatalog.DuplicateElse,
    };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var (element, _) in ScxmlSchema.For(context.Dialect).Elements(context))
        {
            if (element.LocalName != ScxmlNames.If)
            {
                continue;
            }

            var seenElse = false;
            foreach (var child in element.Elements)
            {
                if (ScxmlNames.IsScxml(child, ScxmlNames.Else))
                {
                    if (seenElse)
                    {
                        context.Report(DiagnosticCatalog.DuplicateElse, child.NameLocation);
                    }

                    seenElse = true;
                }
                else if (seenElse && ScxmlNames.IsScxml(child, ScxmlNames.ElseIf))
                {
                    context.Report(DiagnosticCatalog.BranchAfterElse, child.NameLocation, child.Name);
                }
            }
        }
    }
}
