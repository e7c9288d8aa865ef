using System;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Core.Tests.Expressions;
using OrsCompiler.Model;

using OrsCompiler.Core.Tests.Conformance;

namespace OrsCompiler.Core.Tests.Ors;

/// <summary>The W3C/SCION conformance documents have no Genesys namespaces: they are W3C and get no ORS5xxx.</summary>
public class ConformanceDialectTests
{
    [Fact]
    public void Conformance_documents_are_w3c_and_get_no_dialect_diagnostics()
    {
        var folder = ConformanceSuite.Folder();
        foreach (var file in Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories))
        {
            var result = DocumentAnalyzer.AnalyzeFile(file);
            Assert.True(result.Dialect == Dialect.W3C, file);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("ORS5", StringComparison.Ordinal));
            Assert.Empty(result.Tree.IncludedFiles);
        }
    }
}
