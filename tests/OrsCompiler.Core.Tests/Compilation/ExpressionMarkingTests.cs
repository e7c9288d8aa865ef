using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Syntax;
using OrsCompiler.Text;
using static OrsCompiler.Core.Tests.Compilation.TestCompiler;

namespace OrsCompiler.Core.Tests.Compilation;

/// <summary>
/// An ORS3xxx error inside an attribute or script marks that expression invalid and nothing else. Most tests replace the
/// rules' diagnostics by hand-placed ones (reported the way the expression rules do: at a range of the decoded value);
/// one checks the real rules end to end.
/// </summary>
public class ExpressionMarkingTests
{
    private static readonly DiagnosticDescriptor SyntaxError = new("ORS3901", "Test syntax error", "{0}", DiagnosticSeverity.Error, "Expressions", "Test.");
    private static readonly DiagnosticDescriptor StyleWarning = new("ORS3902", "Test warning", "{0}", DiagnosticSeverity.Warning, "Expressions", "Test.");

    private const string Body = """
        <state id="s">
          <onentry>
            <log expr="1 +"/>
            <log expr="2"/>
            <script>var ok = 1;</script>
            <script>var = ;</script>
          </onentry>
          <transition event="e" cond="a &amp;&amp;" target="s"/>
          <transition event="f" cond="a &amp;&amp; b" target="s"/>
        </state>
        """;

    private static SyntaxAttribute Attribute(AnalysisResult analysis, string value) =>
        analysis.Tree.Root!.DescendantsAndSelf().SelectMany(e => e.Attributes).Single(a => a.Value == value);

    private static SyntaxText ScriptText(AnalysisResult analysis, string text) =>
        analysis.Tree.Root!.DescendantsAndSelf().SelectMany(e => e.Nodes.OfType<SyntaxText>()).Single(t => t.Value == text);

    [Fact]
    public void Errors_inside_an_attribute_or_script_mark_only_that_expression()
    {
        var result = CompileWith(Document(Body), keepRuleDiagnostics: false, extra: analysis => new[]
        {
            // "unexpected end of input" at the very end of the value, as a parser reports it.
            Diagnostic.Create(SyntaxError, Attribute(analysis, "1 +").GetValueLocation(3, 0), "end"),
            Diagnostic.Create(SyntaxError, Attribute(analysis, "a &&").GetValueLocation(2, 2), "&&"),
            Diagnostic.Create(SyntaxError, ScriptText(analysis, "var = ;").GetValueLocation(4, 1), "="),
        });

        Assert.True(result.Success);
        var document = result.Document!;
        var actions = document.State("s").OnEntry[0];
        Assert.Equal([false, true], actions.Take(2).Select(a => a.GetExpression("expr")!.IsValid));
        Assert.Equal([true, false], actions.Skip(2).Select(a => a.Body!.IsValid));
        Assert.Equal([false, true], document.State("s").Transitions.Select(t => document.Transitions[t].Condition!.IsValid));
    }

    [Fact]
    public void An_error_on_the_attribute_name_marks_it_too()
    {
        var result = CompileWith(Document(Body), keepRuleDiagnostics: false, extra: analysis => new[] { Diagnostic.Create(SyntaxError, Attribute(analysis, "2").Location, "empty") });

        Assert.Equal([true, false], result.Document!.State("s").OnEntry[0].Take(2).Select(a => a.GetExpression("expr")!.IsValid));
    }

    [Fact]
    public void Warnings_and_other_rule_ranges_do_not_mark()
    {
        var warning = Diagnostic.Create(StyleWarning, Location.ForFile("t.scxml"), "w");
        var result = CompileWith(Document(Body), keepRuleDiagnostics: false, extra: analysis => new[]
        {
            Diagnostic.Create(StyleWarning, Attribute(analysis, "1 +").ValueLocation, "w"),
            Diagnostic.Create(DiagnosticCatalog.InternalError, Attribute(analysis, "1 +").ValueLocation, "x", "y").WithSeverity(DiagnosticSeverity.Warning),
        });

        Assert.True(result.Success);
        Assert.True(result.Document!.State("s").OnEntry[0][0].GetExpression("expr")!.IsValid);
        Assert.False(warning.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_error_in_another_file_does_not_mark_the_same_offsets_here()
    {
        var result = CompileWith(Document(Body), keepRuleDiagnostics: false, extra: analysis =>
        {
            var span = Attribute(analysis, "1 +").ValueSpan;
            var elsewhere = new Location("other.scxml", span, new LinePosition(1, 1), new LinePosition(1, 1));
            return new[] { Diagnostic.Create(SyntaxError, elsewhere, "x") };
        });

        Assert.True(result.Document!.State("s").OnEntry[0][0].GetExpression("expr")!.IsValid);
    }

    [Fact]
    public void The_expression_rules_mark_what_they_report()
    {
        var result = Compile(Document(Body));

        Assert.True(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id.StartsWith("ORS3", System.StringComparison.Ordinal));
        var document = result.Document!;
        var actions = document.State("s").OnEntry[0];
        Assert.Equal([false, true], actions.Take(2).Select(a => a.GetExpression("expr")!.IsValid));
        Assert.Equal([true, false], actions.Skip(2).Select(a => a.Body!.IsValid));
        Assert.Equal([false, true], document.State("s").Transitions.Select(t => document.Transitions[t].Condition!.IsValid));
    }

    [Fact]
    public void Expression_positions_point_at_the_value()
    {
        var document = CompileDocument(Document(Body));

        Assert.Equal(new Runtime.Model.SourcePosition(4, 16), document.State("s").OnEntry[0][0].GetExpression("expr")!.Position);
    }
}
