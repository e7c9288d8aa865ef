using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Diagnostics;
using OrsCompiler.Expressions;
using OrsCompiler.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Composer;

/// <summary>ORS reads send/@event, @delay and @target as the 2009 draft does; W3C literals there get a message that says what to write.</summary>
public class SendAttributeTests
{
    private static Diagnostic[] Lint(string send, string declarations = "") =>
        DocumentAnalyzer.Analyze(new SourceDocument("t.scxml",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\" initial=\"s\">\n"
            + declarations
            + "<state id=\"s\"><onentry>" + send + "</onentry><transition event=\"crm.done\" target=\"f\"/></state><final id=\"f\"/>\n</scxml>"))
            .Diagnostics.Where(d => d.Id.StartsWith("ORS3") || d.Id.StartsWith("ORS5")).ToArray();

    [Fact]
    public void W3c_delay_literal_says_to_quote_it()
    {
        var diagnostic = Assert.Single(Lint("<send event=\"'crm.done'\" delay=\"2s\"/>"));
        Assert.Equal("ORS3001", diagnostic.Id);
        Assert.EndsWith("; in ORS <send delay> is an expression: to send the literal, write delay=\"'2s'\"", diagnostic.Message);
    }

    [Fact]
    public void W3c_event_literal_that_reads_an_undeclared_variable_says_to_quote_it()
    {
        var diagnostic = Assert.Single(Lint("<send event=\"crm.done\"/>"));
        Assert.Equal("ORS5111", diagnostic.Id);
        Assert.Equal(
            "In ORS <send event> is an expression: 'crm.done' reads the variable 'crm', which the document does not declare; to send the event crm.done, write event=\"'crm.done'\"",
            diagnostic.Message);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(new LinePosition(2, 37), diagnostic.Location.Start);
    }

    [Fact]
    public void Event_expression_over_a_declared_variable_is_fine()
    {
        Assert.Empty(Lint("<send event=\"crm.done\"/>", "<datamodel><data id=\"crm\" expr=\"{ done: 'crm.done' }\"/></datamodel>\n"));
        Assert.Empty(Lint("<send event=\"names.done\"/>", "<script>var names = { done: 'crm.done' };</script>\n"));
        Assert.Empty(Lint("<send event=\"_event.name\"/>"));
        Assert.Empty(Lint("<send event=\"'crm.done'\" delay=\"'2s'\"/>"));
    }

    [Theory]
    [InlineData("_internal")]
    [InlineData("#_internal")]
    [InlineData("'#_internal'")]
    public void Documented_internal_targets_are_accepted(string target)
    {
        Assert.Empty(Lint($"<send event=\"'crm.done'\" target=\"{target}\"/>"));
    }

    [Fact]
    public void Literal_internal_target_compiles_as_text_and_a_quoted_one_as_an_expression()
    {
        var document = new SourceDocument("t.scxml",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\"><state id=\"s\"><onentry>"
            + "<send event=\"'a'\" target=\"#_internal\"/><send event=\"'b'\" target=\"'#_internal'\"/></onentry></state></scxml>");
        var tree = DocumentAnalyzer.Analyze(document).Tree;
        var sends = tree.Root!.DescendantsAndSelf().Where(e => e.LocalName == "send").ToArray();
        Assert.False(ExpressionAttributes.IsExpression(sends[0], sends[0].GetAttribute("target")!, Dialect.Ors));
        Assert.True(ExpressionAttributes.IsExpression(sends[1], sends[1].GetAttribute("target")!, Dialect.Ors));
    }

    [Fact]
    public void Expression_attribute_table_is_derived_from_the_schema()
    {
        string Table(Dialect dialect, string element) =>
            string.Join(" ", EcmaScriptAttributes.Of(element, dialect).Select(a => a.Attribute + ":" + a.Kind).OrderBy(s => s));

        Assert.Equal("cond:Value", Table(Dialect.W3C, "transition"));
        Assert.Equal("expr:OptionalValue", Table(Dialect.W3C, "log"));
        Assert.Equal("expr:Value id:VariableName", Table(Dialect.W3C, "data"));
        Assert.Equal("array:Value index:VariableName item:VariableName", Table(Dialect.W3C, "foreach"));
        Assert.Equal("delayexpr:Value eventexpr:Value idlocation:Location namelist:LocationList targetexpr:Value typeexpr:Value", Table(Dialect.W3C, "send"));
        Assert.Equal(
            "delay:Value delayexpr:Value event:Value eventexpr:Value idlocation:Location namelist:LocationList target:Value targetexpr:Value typeexpr:Value",
            Table(Dialect.Ors, "send"));
        Assert.Equal("_expr:Value expr:Value", Table(Dialect.Ors, "content"));
        Assert.Equal("expr:Value", Table(Dialect.W3C, "content"));
        Assert.Equal("idlocation:Location namelist:LocationList srcexpr:Value typeexpr:Value", Table(Dialect.W3C, "invoke"));
        Assert.Equal("sendidexpr:Value", Table(Dialect.Ors, "cancel"));
    }
}
