using System.Collections.Generic;
using System.Linq;
using System.Threading;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Rules.Expressions;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Expressions;

/// <summary>
/// After XInclude parse="text", a &lt;script&gt; holds character data from another file (a raw text node over the
/// whole file, as XIncludeProcessor splices it). Errors must be reported in that file, at its own line and column.
/// </summary>
public class IncludedScriptTests
{
    private static List<Diagnostic> AnalyzeWithIncludedScript(string includedText, string inlineBefore = "")
    {
        var main = new SourceDocument(
            "main.scxml",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"1.0\" profile=\"ecmascript\">\n"
            + "<script>" + inlineBefore + "<xi:include href=\"lib.js\" parse=\"text\"/></script><state id=\"s\"/></scxml>");
        var tree = SyntaxParser.Parse(main);
        var script = tree.Root!.Elements.First(e => e.LocalName == "script");
        var include = script.Elements.Single();
        var library = new SourceDocument("lib.js", includedText);
        var text = new SyntaxText(library, new TextSpan(0, includedText.Length), includedText.Replace("\r\n", "\n"), isCData: true);
        script.ReplaceNode(include, new[] { text });

        var diagnostics = new List<Diagnostic>();
        var context = new DocumentContext(tree, StateChartBuilder.Build(tree, Dialect.Ors), Dialect.Ors, AnalysisOptions.Default, diagnostics, CancellationToken.None);
        new ScxmlExpressionRule().Analyze(context);
        return diagnostics;
    }

    [Fact]
    public void Error_in_an_included_script_is_reported_in_the_included_file()
    {
        var d = Assert.Single(AnalyzeWithIncludedScript("function f(a) {\r\n  return a +;\r\n}\r\n"));
        Assert.Equal("ORS3002", d.Id);
        Assert.Equal("lib.js", d.Location.FilePath);
        Assert.Equal(new LinePosition(2, 13), d.Location.Start);
    }

    [Fact]
    public void Inline_text_and_included_text_form_one_program()
    {
        // The inline part opens a block that the included file closes: valid only as one program.
        Assert.Empty(AnalyzeWithIncludedScript("  x = 1;\n}\n", inlineBefore: "if (true) {"));

        var d = Assert.Single(AnalyzeWithIncludedScript("  x = ;\n}\n", inlineBefore: "if (true) {"));
        Assert.Equal("lib.js", d.Location.FilePath);
        Assert.Equal(new LinePosition(1, 7), d.Location.Start);
    }

    [Fact]
    public void Error_in_the_inline_part_is_reported_in_the_document()
    {
        var d = Assert.Single(AnalyzeWithIncludedScript("x = 1;\n", inlineBefore: "var = 2;\n"));
        Assert.Equal("main.scxml", d.Location.FilePath);
        Assert.Equal(new LinePosition(2, 13), d.Location.Start);
    }
}
