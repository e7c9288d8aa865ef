using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2019, ORS2020 (information): a literal send or invoke type OrsCompiler does not know. Not an error: SCXML
/// requires the processor to raise error.execution (send) or error.communication at run time, and the W3C suite
/// tests exactly that.
/// </summary>
public sealed class ProcessorTypeRule : WellFormedDocumentRule
{
    private static readonly string[] SendTypes =
    {
        "http://www.w3.org/TR/scxml/#SCXMLEventProcessor",
        "http://www.w3.org/TR/scxml/#BasicHTTPEventProcessor",
    };

    private static readonly string[] InvokeTypes =
    {
        "http://www.w3.org/TR/scxml/",
        "http://www.w3.org/TR/scxml",
        "scxml",
    };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.UnknownSendType,
        DiagnosticCatalog.UnknownInvokeType,
    };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var (element, _) in ScxmlSchema.For(context.Dialect).Elements(context))
        {
            var known = element.LocalName switch
            {
                ScxmlNames.Send => SendTypes,
                ScxmlNames.Invoke => InvokeTypes,
                _ => null,
            };
            if (known == null || element.GetAttribute("type") is not { } type)
            {
                continue;
            }

            if (!ProcessorTypeUri.IsOneOf(type.Value, known))
            {
                var descriptor = known == SendTypes ? DiagnosticCatalog.UnknownSendType : DiagnosticCatalog.UnknownInvokeType;
                context.Report(descriptor, type.ValueLocation, type.Value);
            }
        }
    }
}
