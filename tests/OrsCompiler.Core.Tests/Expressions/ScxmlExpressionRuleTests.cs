using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Expressions;

public class ScxmlExpressionRuleTests
{
    private const string Open = "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\">";

    private static Diagnostic[] Expressions(string text, AnalysisOptions? options = null) =>
        DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", text), options).Diagnostics
            .Where(d => d.Id.StartsWith("ORS3", System.StringComparison.Ordinal))
            .ToArray();

    [Fact]
    public void Error_on_one_line_points_into_the_value()
    {
        var d = Assert.Single(Expressions(Open + "\n<state id=\"s\"><transition cond=\"a == )\" target=\"s\"/></state></scxml>"));
        Assert.Equal("ORS3001", d.Id);
        Assert.Equal(new LinePosition(2, 38), d.Location.Start);
        Assert.Equal(new LinePosition(2, 39), d.Location.End);
        Assert.Equal("Invalid ECMAScript in 'cond': ')' cannot appear here", d.Message);
    }

    [Fact]
    public void Error_in_a_multi_line_value_lands_on_its_own_line()
    {
        var d = Assert.Single(Expressions(Open + "\n<state id=\"s\"><transition cond=\"a == 1 &amp;&amp;\n    b == 2 &amp;&amp;\n      )\" target=\"s\"/></state></scxml>"));
        Assert.Equal(new LinePosition(4, 7), d.Location.Start);
    }

    [Fact]
    public void Character_reference_line_break_is_one_character_of_the_value()
    {
        var d = Assert.Single(Expressions(Open + "\n<state id=\"s\"><transition cond=\"a &#10; ) b\" target=\"s\"/></state></scxml>"));
        Assert.Equal(new LinePosition(2, 43), d.Location.Start);
    }

    [Fact]
    public void Crlf_documents_map_to_the_right_column()
    {
        var d = Assert.Single(Expressions(Open + "\r\n<state id=\"s\">\r\n<transition cond=\"a &lt;\r\n  &lt; b\" target=\"s\"/></state></scxml>"));
        Assert.Equal(new LinePosition(4, 3), d.Location.Start);
    }

    [Fact]
    public void Script_error_in_cdata_is_at_its_line_and_column()
    {
        var d = Assert.Single(Expressions(Open + "\n<script><![CDATA[\nvar a = 1;\n  var b = a < ;\n]]></script><state id=\"s\"/></scxml>"));
        Assert.Equal("ORS3002", d.Id);
        Assert.Equal(new LinePosition(4, 15), d.Location.Start);
    }

    [Fact]
    public void Script_end_of_input_points_after_the_last_code()
    {
        var d = Assert.Single(Expressions(Open + "\n<script>\n  f(1,\n</script><state id=\"s\"/></scxml>"));
        Assert.Equal("ORS3002", d.Id);
        Assert.Equal(new LinePosition(3, 7), d.Location.Start);
        Assert.Contains("the code ends too early", d.Message);
    }

    [Fact]
    public void Every_expression_attribute_is_checked()
    {
        var text = Open + @"
<datamodel><data id=""d"" expr=""1 +""/></datamodel>
<state id=""s"">
  <onentry>
    <if cond=""+""><elseif cond=""-""/></if>
    <foreach array=""["" item=""i""/>
    <log expr=""*""/>
    <assign location=""d"" expr=""/""/>
    <send eventexpr=""("" targetexpr="")"" typeexpr=""{"" delayexpr=""}"" namelist=""1""/>
    <cancel sendidexpr=""?""/>
  </onentry>
  <invoke typeexpr=""."" srcexpr="",""><param name=""p"" expr=""=""/><content expr="":""/></invoke>
  <transition cond=""]"" target=""s""/>
</state></scxml>";
        var diagnostics = Expressions(text);
        Assert.Equal(16, diagnostics.Count(d => d.Id == "ORS3001"));
        Assert.Single(diagnostics, d => d.Id == "ORS3003");
    }

    [Fact]
    public void Ors_send_event_and_delay_are_expressions_but_not_in_w3c_documents()
    {
        const string Body = "<state id=\"s\"><onentry><send event=\"error.send.*\" delay=\"1s\"/></onentry></state></scxml>";
        var ors = Expressions("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\">" + Body);
        Assert.Equal(2, ors.Count(d => d.Id == "ORS3001"));

        Assert.Empty(Expressions(Open + Body));
        Assert.Equal(2, Expressions(Open + Body, new AnalysisOptions { Dialect = Dialect.Ors }).Length);
    }

    [Fact]
    public void Mozilla_flavoured_calls_are_just_calls()
    {
        Assert.Empty(Expressions("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\"><state id=\"s\"><onentry>"
                                 + "<log expr=\"_event.toSource()\"/><log expr=\"uneval(_event.data)\"/><send event=\"'e'\" delay=\"'1s'\"/></onentry></state></scxml>"));
    }

    [Fact]
    public void Other_data_models_are_not_checked()
    {
        Assert.Empty(Expressions("<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"null\"><state id=\"s\"><transition cond=\"In('s') )\"/></state></scxml>"));
    }

    [Fact]
    public void Empty_log_expression_is_allowed_but_empty_cond_is_not()
    {
        var diagnostics = Expressions(Open + "<state id=\"s\"><onentry><log label=\"x\" expr=\"\"/></onentry><transition cond=\"\" target=\"s\"/></state></scxml>");
        Assert.Equal("ORS3006", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Variable_names_and_locations()
    {
        var diagnostics = Expressions(Open + "<datamodel><data id=\"a.b\"/></datamodel><state id=\"s\"><onentry>"
                                      + "<foreach array=\"[]\" item=\"if\" index=\"ok\"/><assign location=\"f()\" expr=\"1\"/><send event=\"e\" idlocation=\"x.y\" namelist=\"a  b.c\"/>"
                                      + "</onentry></state></scxml>");
        Assert.Equal(new[] { "ORS3003", "ORS3007", "ORS3007" }, diagnostics.Select(d => d.Id).OrderBy(i => i).ToArray());
    }

    [Fact]
    public void Statement_in_expression_points_at_the_statement()
    {
        var d = Assert.Single(Expressions(Open + "\n<state id=\"s\"><onentry><log expr=\"a; b\"/></onentry></state></scxml>"));
        Assert.Equal("ORS3004", d.Id);
        Assert.Equal("'expr' must be an expression, but the value is several statements", d.Message);
        Assert.Equal(new LinePosition(2, 38), d.Location.Start);
    }

    [Fact]
    public void Expression_diagnostics_can_be_downgraded_on_their_own()
    {
        var options = new AnalysisOptions
        {
            SeverityOverrides = new System.Collections.Generic.Dictionary<string, DiagnosticSeverity> { ["ORS3001"] = DiagnosticSeverity.Warning },
        };
        var result = DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", Open + "<state id=\"s\"><transition cond=\"return\" target=\"s\"/></state></scxml>"), options);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.Diagnostics, d => d.Id == "ORS3001").Severity);
        Assert.False(result.HasErrors);
    }
}
