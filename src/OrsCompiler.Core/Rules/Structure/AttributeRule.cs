using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;

namespace OrsCompiler.Rules.Structure;

/// <summary>ORS1103, ORS1104, ORS1108: attributes are known to the element, required ones present, enumerations valid.</summary>
public sealed class AttributeRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.AttributeNotAllowed,
        DiagnosticCatalog.MissingRequiredAttribute,
        DiagnosticCatalog.InvalidAttributeValue,
    };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var schema = ScxmlSchema.For(context.Dialect);
        foreach (var (element, elementSchema) in schema.Elements(context))
        {
            if (elementSchema == null)
            {
                continue;
            }

            foreach (var attribute in element.Attributes)
            {
                if (!schema.IsCheckedAttribute(attribute))
                {
                    continue;
                }

                var attributeSchema = elementSchema.FindAttribute(attribute.LocalName);
                if (attributeSchema == null)
                {
                    context.Report(DiagnosticCatalog.AttributeNotAllowed, attribute.Location, attribute.Name, element.Name);
                }
                else if (attributeSchema.Kind == AttributeKind.Enumeration && !Contains(attributeSchema.AllowedValues, attribute.Value))
                {
                    context.Report(
                        DiagnosticCatalog.InvalidAttributeValue,
                        attribute.ValueLocation,
                        attribute.Value,
                        attribute.Name,
                        element.Name,
                        string.Join(" or ", attributeSchema.AllowedValues));
                }
            }

            foreach (var required in elementSchema.RequiredAttributes)
            {
                if (element.GetAttribute(required.Name) == null)
                {
                    context.Report(DiagnosticCatalog.MissingRequiredAttribute, element.NameLocation, element.Name, required.Name);
                }
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
