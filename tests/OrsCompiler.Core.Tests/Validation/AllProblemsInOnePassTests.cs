using System;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>Unlike qscxmlc, which stops at the first error, one analysis reports every independent problem.</summary>
public class AllProblemsInOnePassTests
{
    private const string Document =
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" initial=\"strat\">\n" + // 1: ORS2003 at 1:71
        "  <state id=\"start\" colour=\"red\">\n" +                                               // 2: ORS1103 at 2:21
        "    <transition event=\"go\" target=\"middle\"/>\n" +                                    // 3: ORS2002 at 3:36
        "    <onentry>\n" +
        "      <raise/>\n" +                                                                       // 5: ORS1104 at 5:8
        "      <send event=\"tick\" delay=\"soon\"/>\n" +                                         // 6: ORS2013 at 6:33
        "    </onentry>\n" +
        "  </state>\n" +
        "  <state id=\"start\"/>\n" +                                                             // 9: ORS2001 at 9:14
        "  <final id=\"end\"><transition target=\"start\"/></final>\n" +                          // 10: ORS1102 at 10:20
        "</scxml>\n";

    [Fact]
    public void Reports_every_independent_fault_with_its_position()
    {
        var diagnostics = DocumentAnalyzer.Analyze(new SourceDocument("many.scxml", Document)).Diagnostics;

        var found = diagnostics.Select(d => $"{d.Id}@{d.Location.Start.Line}:{d.Location.Start.Column}").ToList();
        var expected = new[]
        {
            "ORS2003@1:71", "ORS1103@2:21", "ORS2002@3:36", "ORS1104@5:8", "ORS2013@6:33", "ORS2001@9:14", "ORS1102@10:20",
        };
        Assert.All(expected, e => Assert.Contains(e, found));
        Assert.Equal(expected.Length, diagnostics.Count(d => d.Id.StartsWith("ORS1", StringComparison.Ordinal) || d.Id.StartsWith("ORS2", StringComparison.Ordinal)));
    }

    [Fact]
    public void Unknown_target_suggests_the_closest_state_id()
    {
        var diagnostics = DocumentAnalyzer.Analyze(new SourceDocument("many.scxml", Document)).Diagnostics;

        Assert.Contains("did you mean 'start'", Assert.Single(diagnostics, d => d.Id == "ORS2003").Message);
        Assert.DoesNotContain("did you mean", Assert.Single(diagnostics, d => d.Id == "ORS2002").Message);
    }

    [Fact]
    public void A_document_cut_short_by_an_xml_error_reports_that_error_without_a_cascade()
    {
        // "b" is defined after the break: without the XML error it would be a valid target.
        const string cut =
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\">\n" +
            "  <state id=\"a\"><transition event=\"go\" target=\"b\"/></state>\n" +
            "  <state id=\"broken\"><transition></state>\n" +
            "  <state id=\"b\"/>\n" +
            "</scxml>\n";

        var diagnostics = DocumentAnalyzer.Analyze(new SourceDocument("cut.scxml", cut)).Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Id.StartsWith("ORS1", StringComparison.Ordinal) || d.Id.StartsWith("ORS2", StringComparison.Ordinal));
        Assert.Equal("ORS1001", error.Id);
    }
}
