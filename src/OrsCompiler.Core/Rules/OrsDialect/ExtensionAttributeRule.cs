using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.OrsDialect;

/// <summary>ORS5107: a '_' attribute on a core SCXML element that ORS does not define (a warning: Composer lets users add them).</summary>
public sealed class ExtensionAttributeRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.UnknownExtensionAttribute };

    public override bool RequiresChart => false;

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        foreach (var element in context.Tree.Root!.DescendantsAndSelf())
        {
            if (element.NamespaceUri != ScxmlNames.Namespace)
            {
                continue;
            }

            var known = OrsExtensionAttributes.For(element.LocalName);
            foreach (var attribute in element.Attributes)
            {
                if (attribute.NamespaceUri.Length == 0 && OrsExtensionAttributes.IsExtension(attribute.LocalName) && !Contains(known, attribute.LocalName))
                {
                    context.Report(
                        DiagnosticCatalog.UnknownExtensionAttribute,
                        element.Document.GetLocation(attribute.NameSpan),
                        attribute.LocalName,
                        element.Name,
                        SpellingSuggestion.DidYouMean(attribute.LocalName, known));
                }
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
