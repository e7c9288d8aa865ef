using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Structure;

/// <summary>
/// ORS1113: &lt;finalize&gt; and &lt;param&gt; next to the inline &lt;scxml&gt; of an invoke's &lt;content&gt; were meant for
/// the &lt;invoke&gt;. The content is a payload the structure rules do not enter, so without this rule they would
/// silently become part of the invoked document.
/// </summary>
public sealed class InvokeContentRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.MisplacedInvokeChild };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var (element, schema) in ScxmlSchema.For(context.Dialect).Elements(context))
        {
            if (schema == null || element.LocalName != ScxmlNames.Invoke)
            {
                continue;
            }

            foreach (var content in element.Elements)
            {
                if (ScxmlNames.IsScxml(content, ScxmlNames.Content) && HasScxmlChild(content, ScxmlNames.Scxml))
                {
                    foreach (var child in content.Elements)
                    {
                        if (ScxmlNames.IsScxml(child, ScxmlNames.Finalize) || ScxmlNames.IsScxml(child, ScxmlNames.Param))
                        {
                            context.Report(DiagnosticCatalog.MisplacedInvokeChild, child.NameLocation, child.Name);
                        }
                    }
                }
            }
        }
    }

    private static bool HasScxmlChild(SyntaxElement element, string localName)
    {
        foreach (var child in element.Elements)
        {
            if (ScxmlNames.IsScxml(child, localName))
            {
                return true;
            }
        }

        return false;
    }
}
