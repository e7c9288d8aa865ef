using System;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>The 2009 draft constructs ORS documents use are valid in the ORS dialect and rejected in W3C.</summary>
public class OrsDialectStructureTests
{
    private const string Document =
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:queue=\"http://www.genesyslab.com/modules/queue\"\n" +
        "       version=\"1.0\" profile=\"ecmascript\" _persist=\"false\" initial=\"s\">\n" +
        "  <state id=\"s\" _type=\"normal\">\n" +
        "    <onentry>\n" +
        "      <send event=\"'timer.' + 'expired'\" delay=\"'5s'\" idlocation=\"timer\"/>\n" +
        "      <raise event=\"app.start\"><param name=\"interactionid\" expr=\"'x'\"/></raise>\n" +
        "      <log level=\"2\" expr=\"'started'\"/>\n" +
        "      <queue:submit requestid=\"req\" queue=\"'VQ_1'\" timeout=\"30\"/>\n" +
        "    </onentry>\n" +
        "    <transition event=\"timer.expired\" target=\"done\"><cancel id=\"timer\"/></transition>\n" +
        "  </state>\n" +
        "  <final id=\"done\"/>\n" +
        "</scxml>\n";

    [Theory]
    [InlineData(Dialect.Ors)]
    [InlineData(Dialect.Auto)]
    public void Ors_constructs_produce_no_structure_or_semantic_diagnostics(Dialect dialect)
    {
        var result = DocumentAnalyzer.Analyze(new SourceDocument("ors.scxml", Document), new AnalysisOptions { Dialect = dialect });

        Assert.Equal(Dialect.Ors, result.Dialect);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("ORS1", StringComparison.Ordinal) || d.Id.StartsWith("ORS2", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_constructs_are_reported_when_the_document_is_read_as_w3c()
    {
        var result = DocumentAnalyzer.Analyze(new SourceDocument("ors.scxml", Document), new AnalysisOptions { Dialect = Dialect.W3C });

        var ids = result.Diagnostics.Select(d => $"{d.Id}@{d.Location.Start.Line}").ToList();
        Assert.Contains("ORS1103@2", ids); // profile
        Assert.Contains("ORS2015@5", ids); // send/@event is a name in W3C
        Assert.Contains("ORS2013@5", ids); // send/@delay is a CSS2 time in W3C
        Assert.Contains("ORS1102@6", ids); // raise has no children in W3C
        Assert.Contains("ORS1103@7", ids); // log level
        Assert.Contains("ORS1103@10", ids); // cancel id

        // Genesys '_' attributes belong to the dialect rules in every dialect.
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("'_persist'") || d.Message.Contains("'_type'"));
    }
}
