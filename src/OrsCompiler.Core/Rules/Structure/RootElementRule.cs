using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Structure;

/// <summary>ORS1010: the root must be &lt;scxml&gt; in the SCXML namespace.</summary>
public sealed class RootElementRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.RootNotScxml };

    public override bool RequiresChart => false;

    public override void Analyze(DocumentContext context)
    {
        var root = context.Tree.Root!;
        if (!ScxmlNames.IsScxml(root, ScxmlNames.Scxml))
        {
            context.Report(DiagnosticCatalog.RootNotScxml, root.NameLocation, root.Name, root.NamespaceUri);
        }
    }
}
