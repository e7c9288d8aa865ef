using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Validation;

/// <summary>Messages in the user's words: values quoted once, fitting articles, control characters named, close suggestions only.</summary>
public class MessageWordingTests
{
    private const string Open = "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\" initial=\"s\">\n";

    private static IReadOnlyList<Diagnostic> Lint(string body) =>
        DocumentAnalyzer.Analyze(new SourceDocument("test.scxml", Open + body + "\n</scxml>\n")).Diagnostics
            .Where(d => d.Descriptor.Category != DiagnosticCategory.RestartSafety)
            .ToList();

    [Fact]
    public void A_value_the_document_already_quoted_is_quoted_once()
    {
        var message = DiagnosticCatalog.InvalidVariableName.FormatMessage(new object[] { "'continue'", "id", "it is a reserved word" });
        Assert.Equal("'continue' is not a valid ECMAScript variable name for 'id': it is a reserved word", message);
    }

    [Theory]
    [InlineData("cond=\"true\"", "The transition of <initial> must not have a 'cond' attribute")]
    [InlineData("event=\"go\"", "The transition of <initial> must not have an 'event' attribute")]
    public void Articles_fit_the_attribute_name(string attribute, string expected)
    {
        var d = Assert.Single(Lint($"<state id=\"s\"><initial><transition {attribute} target=\"a\"/></initial><final id=\"a\"/></state>"));
        Assert.Equal(expected, d.Message);
    }

    [Fact]
    public void A_nul_character_in_the_xml_is_named_not_printed()
    {
        var d = Assert.Single(Lint("<state id=\"s\"><onentry><log expr=\"'a&#0;b'\"/></onentry></state>"));
        Assert.Equal("ORS1001", d.Id);
        Assert.Contains("'\\0' (U+0000) is not allowed in XML", d.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("'.'", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_mismatched_end_tag_names_both_tags_and_points_at_the_start_tag_too()
    {
        var d = Assert.Single(Lint("<state id=\"s\">\n  </stat>"));
        Assert.Equal("The document is not well-formed XML: the end tag </stat> does not match the start tag <state> at line 2", d.Message);
        Assert.Equal(new LinePosition(3, 5), d.Location.Start);
        Assert.Equal(new LinePosition(2, 2), Assert.Single(d.AdditionalLocations).Start);
    }

    [Fact]
    public void A_control_character_in_a_value_is_shown_by_code_point()
    {
        var d = Assert.Single(Lint("<datamodel><data id=\"a&#x9;b\"/></datamodel><final id=\"s\"/>"));
        Assert.Equal("'a\\tb' is not a valid ECMAScript variable name for 'id': a name cannot contain white space", d.Message);
        Assert.StartsWith("'a\\u0001b' is not a valid delay", DiagnosticCatalog.InvalidDelay.FormatMessage(new object[] { "a\u0001b" }), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<invoke type=\"http://Www.w3.org/TR/scxml/\"/>", null)]
    [InlineData("<invoke type=\"HTTP://WWW.W3.ORG/TR/scxml/\"/>", null)]
    [InlineData("<invoke type=\"http://www.w3.org/tr/scxml/\"/>", "ORS2020")]
    public void Host_names_in_processor_types_compare_without_case(string invoke, string? expected)
    {
        var ids = Lint($"<state id=\"s\">{invoke}</state>").Select(d => d.Id).ToList();
        Assert.Equal(expected == null ? new List<string>() : new List<string> { expected }, ids);
    }

    [Fact]
    public void A_send_type_with_an_upper_case_host_is_the_scxml_processor()
    {
        Assert.Empty(Lint("<state id=\"s\"><onentry><send event=\"e\" type=\"http://WWW.w3.org/TR/scxml/#SCXMLEventProcessor\"/></onentry></state>"));
    }

    [Theory]
    [InlineData("sate1", "state1", " (did you mean 'state1'?)")]
    [InlineData("x", "y", "")]
    [InlineData("b", "b2", "")]
    [InlineData("ab", "a b", "")]
    [InlineData("abcdef", "uvwxyz", "")]
    public void Did_you_mean_only_when_close_and_never_for_one_character_or_malformed_ids(string target, string existing, string suffix)
    {
        var d = Lint($"<state id=\"s\"><transition event=\"go\" target=\"{target}\"/></state><state id=\"{existing}\"/>")
            .Single(d => d.Id == "ORS2002");
        Assert.Equal($"The transition target '{target}' does not name a state{suffix}", d.Message);
    }
}
