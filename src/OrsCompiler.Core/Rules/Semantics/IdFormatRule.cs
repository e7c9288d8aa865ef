using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2022: the ids of states, &lt;send&gt; and &lt;invoke&gt; are xsd:ID values (XML names). &lt;data id&gt; is left to
/// ORS3007, which asks more of it (an ECMAScript variable name).
/// </summary>
public sealed class IdFormatRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.InvalidId };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var (element, schema) in ScxmlSchema.For(context.Dialect).Elements(context))
        {
            if (schema == null || element.LocalName == ScxmlNames.Data || element.GetAttribute("id") is not { } id)
            {
                continue;
            }

            if (XmlIds.Check(id.Value) is { } reason)
            {
                context.Report(DiagnosticCatalog.InvalidId, id.ValueLocation, id.Value, reason);
            }
        }
    }
}
