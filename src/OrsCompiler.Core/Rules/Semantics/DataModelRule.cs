using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;

namespace OrsCompiler.Rules.Semantics;

/// <summary>ORS2017: the document's data model (W3C <c>datamodel</c>, ORS <c>profile</c>) is ECMAScript.</summary>
public sealed class DataModelRule : WellFormedDocumentRule
{
    private const string EcmaScript = "ecmascript";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.UnsupportedDataModel };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var root = context.Tree.Root!;
        var rootSchema = ScxmlSchema.For(context.Dialect).Find(root.LocalName);
        foreach (var attribute in root.Attributes)
        {
            if (attribute.NamespaceUri.Length == 0
                && rootSchema?.FindAttribute(attribute.LocalName)?.Kind == AttributeKind.DataModel
                && !string.Equals(attribute.Value.Trim(), EcmaScript, System.StringComparison.OrdinalIgnoreCase))
            {
                context.Report(DiagnosticCatalog.UnsupportedDataModel, attribute.ValueLocation, attribute.Value);
            }
        }
    }
}
