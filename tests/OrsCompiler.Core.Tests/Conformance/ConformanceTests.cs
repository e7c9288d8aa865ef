using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Core.Tests.Conformance;

/// <summary>
/// The W3C and SCION conformance documents (npm @scion-scxml/test-framework) are valid SCXML: none may produce a
/// structure or semantics error, except the one the W3C suite expects a processor to reject.
/// </summary>
public class ConformanceTests
{
    // test301: "the processor should reject this document because it can't download the script".
    private const string MustBeRejected = "w3c-ecma/test301.txml.scxml";

    // test436 tests the null data model, an optional profile of the W3C suite run only by processors that support it.
    // ORS runs only ECMAScript, so OrsCompiler rejects it for build with ORS2017 and nothing else.
    private const string NullDataModel = "w3c-ecma/test436.txml.scxml";

    [Fact]
    public void Every_conformance_document_lints_without_structure_or_semantic_errors()
    {
        var folder = ConformanceSuite.Folder();
        var files = Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories);
        Assert.True(files.Length >= 335, $"Expected the 335 conformance documents in {folder}, found {files.Length}.");

        var failures = new List<string>();
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative is MustBeRejected or NullDataModel)
            {
                continue;
            }

            var result = DocumentAnalyzer.AnalyzeFile(file);
            failures.AddRange(result.Diagnostics.Where(IsStructureOrSemanticError).Select(d => d.ToCanonicalString()));
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Test301_is_rejected_because_its_script_cannot_be_loaded()
    {
        var result = DocumentAnalyzer.AnalyzeFile(Path.Combine(ConformanceSuite.Folder(), MustBeRejected));

        var diagnostic = Assert.Single(result.Diagnostics, IsStructureOrSemanticError);
        Assert.Equal(DiagnosticCatalog.ScriptSourceNotLoadable.Id, diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.Start.Line);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Test436_is_rejected_only_for_its_null_data_model()
    {
        var result = DocumentAnalyzer.AnalyzeFile(Path.Combine(ConformanceSuite.Folder(), NullDataModel));

        var diagnostic = Assert.Single(result.Diagnostics, IsStructureOrSemanticError);
        Assert.Equal(DiagnosticCatalog.UnsupportedDataModel.Id, diagnostic.Id);
    }

    private static bool IsStructureOrSemanticError(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error
        && (diagnostic.Id.StartsWith("ORS1", StringComparison.Ordinal) || diagnostic.Id.StartsWith("ORS2", StringComparison.Ordinal));
}
