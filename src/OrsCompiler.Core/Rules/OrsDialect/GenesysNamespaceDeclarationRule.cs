using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.OrsDialect;

/// <summary>
/// ORS5108: "the namespaces used by an application must be included in the &lt;scxml&gt; element" (OrchExt).
/// Checked in the main file; an included file declares its namespaces on its own root, which is not spliced in.
/// </summary>
public sealed class GenesysNamespaceDeclarationRule : DocumentRule
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.UndeclaredGenesysNamespace };

    public override bool RequiresChart => false;

    public override void Analyze(DocumentContext context)
    {
        var root = context.Tree.Root!;
        if (context.Dialect != Dialect.Ors || !ScxmlNames.IsScxml(root, ScxmlNames.Scxml))
        {
            return;
        }

        var declared = new HashSet<string>();
        foreach (var attribute in root.Attributes)
        {
            if (attribute.NamespaceUri == XmlnsNamespace)
            {
                declared.Add(attribute.Value);
            }
        }

        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Document == context.Tree.Document
                && ScxmlNames.IsGenesysNamespace(element.NamespaceUri)
                && declared.Add(element.NamespaceUri))
            {
                // Reported once per namespace, at its first use.
                var prefix = element.Prefix.Length == 0 ? "prefix" : element.Prefix;
                context.Report(DiagnosticCatalog.UndeclaredGenesysNamespace, element.NameLocation, element.NamespaceUri, prefix);
            }
        }
    }
}
