using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Expressions;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.OrsDialect;

/// <summary>
/// Attributes of Genesys module elements: ORS5102 unknown (did you mean...), ORS5103 required but missing,
/// ORS5104 a literal outside its enumeration; expression and location attributes go to the ECMAScript validator (ORS3xxx).
/// </summary>
public sealed class OrsAttributeRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.UnknownOrsAttribute,
        DiagnosticCatalog.MissingOrsAttribute,
        DiagnosticCatalog.InvalidOrsAttributeValue,
    };

    public override bool RequiresChart => false;

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        foreach (var element in context.Tree.Root!.DescendantsAndSelf())
        {
            if (!ScxmlNames.IsGenesysNamespace(element.NamespaceUri))
            {
                continue;
            }

            var info = OrsModuleCatalog.FindElement(element.NamespaceUri, element.LocalName);
            if (info != null)
            {
                Check(context, element, info);
            }
        }
    }

    private static void Check(DocumentContext context, SyntaxElement element, OrsElementInfo info)
    {
        foreach (var attribute in element.Attributes)
        {
            // Namespace declarations, foreign attributes and Composer's '_' extensions are not the module's business.
            if (attribute.NamespaceUri.Length != 0 || OrsExtensionAttributes.IsExtension(attribute.LocalName))
            {
                continue;
            }

            var known = info.FindAttribute(attribute.LocalName);
            if (known == null)
            {
                if (info.IsAttributeListComplete)
                {
                    var suggestion = SpellingSuggestion.DidYouMean(attribute.LocalName, info.Attributes.Select(a => a.Name));
                    context.Report(DiagnosticCatalog.UnknownOrsAttribute, element.Document.GetLocation(attribute.NameSpan), attribute.LocalName, element.Name, suggestion);
                }

                continue;
            }

            switch (known.Kind)
            {
                case OrsAttributeKind.Expression:
                    ScriptValidator.ValidateExpression(context, attribute);
                    break;

                case OrsAttributeKind.Location:
                    ScriptValidator.ValidateLocation(context, attribute);
                    break;

                case OrsAttributeKind.Enumeration when !known.AllowedValues.Contains(attribute.Value):
                    context.Report(
                        DiagnosticCatalog.InvalidOrsAttributeValue, attribute.ValueLocation, attribute.Value, attribute.LocalName, element.Name, string.Join(", ", known.AllowedValues));
                    break;
            }
        }

        foreach (var required in info.Attributes)
        {
            if (required.IsRequired && element.GetAttribute(required.Name) == null)
            {
                context.Report(DiagnosticCatalog.MissingOrsAttribute, element.NameLocation, element.Name, required.Name);
            }
        }
    }
}
