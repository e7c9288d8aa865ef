using System.Linq;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>Hostile sizes yield diagnostics, not a crash or a quadratic stall.</summary>
public class LargeDocumentTests
{
    [Fact]
    public void Thousands_of_broken_references_are_each_reported()
    {
        const int states = 5000;
        var text = new StringBuilder("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\">\n");
        for (var i = 0; i < states; i++)
        {
            text.Append($"  <state id=\"s{i:D5}\"><transition event=\"e\" target=\"t{i:D5}\"/></state>\n");
        }

        text.Append("</scxml>\n");

        var result = DocumentAnalyzer.Analyze(new SourceDocument("wide.scxml", text.ToString()));

        Assert.Equal(states, result.Diagnostics.Count(d => d.Id == "ORS2002"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS1099");
    }

    [Fact]
    public void Nesting_beyond_the_parser_limit_is_checked_up_to_the_limit()
    {
        const int depth = 10_000;
        var text = new StringBuilder("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\">");
        for (var i = 0; i < depth; i++)
        {
            text.Append($"<state id=\"s{i}\">");
        }

        for (var i = 0; i < depth; i++)
        {
            text.Append("</state>");
        }

        text.Append("</scxml>");

        var result = DocumentAnalyzer.Analyze(new SourceDocument("deep.scxml", text.ToString()));

        Assert.Contains(result.Diagnostics, d => d.Id == "ORS1004");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS1099");
    }
}
