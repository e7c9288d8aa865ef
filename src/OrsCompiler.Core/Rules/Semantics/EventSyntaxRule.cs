using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Model.Schema;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2015, ORS2016: literal event names (raise, W3C send) and transition descriptors follow SCXML 3.12.1.
/// Which attributes are literal comes from the schema (in ORS, send/@event is an expression).
/// </summary>
public sealed class EventSyntaxRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.InvalidEventName,
        DiagnosticCatalog.InvalidEventDescriptor,
    };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var schema = ScxmlSchema.For(context.Dialect);
        foreach (var (element, elementSchema) in schema.Elements(context))
        {
            var attribute = element.GetAttribute("event");
            if (elementSchema == null || attribute == null)
            {
                continue;
            }

            switch (elementSchema.FindAttribute("event")?.Kind)
            {
                case AttributeKind.EventName:
                    if (!EventNames.IsValidName(attribute.Value.Trim()))
                    {
                        context.Report(DiagnosticCatalog.InvalidEventName, attribute.ValueLocation, attribute.Value);
                    }

                    break;

                case AttributeKind.EventDescriptorList:
                    foreach (var token in ValueToken.Split(attribute))
                    {
                        if (!EventNames.IsValidDescriptor(token.Text))
                        {
                            context.Report(DiagnosticCatalog.InvalidEventDescriptor, token.Location, token.Text);
                        }
                    }

                    break;
            }
        }
    }
}
