using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Analysis;

public class DocumentAnalyzerTests
{
    private static AnalysisResult Analyze(string text, AnalysisOptions? options = null) =>
        DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", text), options);

    [Fact]
    public void Wrong_root_element_is_reported_at_its_name()
    {
        var result = Analyze("<statechart>\n</statechart>");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ORS1010");
        Assert.Equal(new LinePosition(1, 2), diagnostic.Location.Start);
        Assert.Null(result.Chart);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void Severity_override_changes_and_none_suppresses()
    {
        var asWarning = new AnalysisOptions
        {
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["ORS1010"] = DiagnosticSeverity.Warning },
        };
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Analyze("<x/>", asWarning).Diagnostics, d => d.Id == "ORS1010").Severity);

        var off = new AnalysisOptions
        {
            SeverityOverrides = new Dictionary<string, DiagnosticSeverity> { ["ORS1010"] = DiagnosticSeverity.None },
        };
        Assert.DoesNotContain(Analyze("<x/>", off).Diagnostics, d => d.Id == "ORS1010");
    }

    [Theory]
    [InlineData("<!-- orsc-disable ORS1010 --><x/>", false)]
    [InlineData("<!-- orsc-disable --><x/>", false)]
    [InlineData("<!-- orsc-disable ORS4001 --><x/>", true)]
    [InlineData("<!-- orsc-disable-next ORS1010 --><x/>", false)]
    [InlineData("<x/><!-- orsc-disable ORS1010 -->", true)]
    [InlineData("<!-- orsc-disable ORS1010 --><!-- orsc-enable ORS1010 --><x/>", true)]
    public void In_document_suppression(string text, bool reported)
    {
        Assert.Equal(reported, Analyze(text).Diagnostics.Any(d => d.Id == "ORS1010"));
    }

    [Fact]
    public void Catalog_ids_are_unique_and_every_rule_reports_only_catalog_descriptors()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(DiagnosticCatalog.All, d => Assert.Matches("^ORS[0-5][0-9]{3}$", d.Id));
        Assert.All(DiagnosticCatalog.All, d => Assert.False(string.IsNullOrWhiteSpace(d.HelpText)));
        foreach (var rule in RuleRegistry.All)
        {
            Assert.All(rule.SupportedDiagnostics, d => Assert.Same(d, DiagnosticCatalog.Find(d.Id)));
        }
    }

    [Fact]
    public void Canonical_format_is_what_msbuild_parses()
    {
        var diagnostic = Assert.Single(Analyze("<x/>").Diagnostics, d => d.Id == "ORS1010");
        Assert.Equal("t.scxml(1,2): error ORS1010: " + diagnostic.Message, diagnostic.ToCanonicalString());
    }
}
