using System.Linq;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Expressions;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Expressions;

/// <summary>Jint's parser recurses without limit; inputs that would overflow the stack must be refused first.</summary>
public class NestingGuardTests
{
    private const int Hostile = 100_000;

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    public static TheoryData<string> HostileExpressions() => new()
    {
        Repeat("(", Hostile) + "a" + Repeat(")", Hostile),
        Repeat("[", Hostile) + Repeat("]", Hostile),
        Repeat("!", Hostile) + "a",
        Repeat("- ", Hostile) + "a",
        Repeat("typeof ", Hostile) + "a",
        Repeat("new ", Hostile) + "X",
        Repeat("a?b:", Hostile) + "c",
        Repeat("a=", Hostile) + "1",
        Repeat("a ?\n b\n : ", Hostile) + "c",
    };

    public static TheoryData<string> HostileScripts() => new()
    {
        Repeat("{", Hostile) + Repeat("}", Hostile),
        "if (a) {}" + Repeat("else if (a) {}", Hostile),
        Repeat("if (a) ", Hostile) + "b;",
        Repeat("while (a) ", Hostile) + "b;",
        Repeat("l: ", Hostile) + "b;",
        Repeat("function f() {", Hostile) + Repeat("}", Hostile),
        "x = " + Repeat("function () { return ", Hostile) + "1" + Repeat("}", Hostile),
    };

    [Theory]
    [MemberData(nameof(HostileExpressions))]
    public void Hostile_expressions_are_refused_not_parsed(string text)
    {
        Assert.Equal(ScriptProblemKind.TooComplex, EcmaScriptChecker.AnalyzeExpression(text).Kind);
    }

    [Theory]
    [MemberData(nameof(HostileScripts))]
    public void Hostile_scripts_are_refused_not_parsed(string text)
    {
        Assert.Equal(ScriptProblemKind.TooComplex, EcmaScriptChecker.AnalyzeScript(text).Kind);
    }

    public static TheoryData<string> OrdinaryLongCode() => new()
    {
        // Sequential statements, long operator and call chains: iterative in the parser, so never refused.
        Repeat("a = b ? c : !d;\n", 5_000),
        Repeat("a = 1\nb = -c\n", 5_000),
        Repeat("if (a) { b = 1; } else if (c) { b = 2; } else { b = 3; }\n", 2_000),
        Repeat("if (a) {} ", 2_000),
        Repeat("function f() { return function () { return 1; }; } ", 2_000),
        "x = " + Repeat("a + ", 20_000) + "a;",
        "x = a" + Repeat(".b(c)", 20_000) + ";",
        "switch (x) {" + Repeat("case 1: ", 1_000) + "break; }",
        "var o = {" + string.Join(", ", Enumerable.Range(0, 2_000).Select(i => $"k{i}: {i}")) + "};",
        Repeat("(", 60) + "a" + Repeat(")", 60) + ";",
    };

    [Theory]
    [MemberData(nameof(OrdinaryLongCode))]
    public void Ordinary_long_code_is_parsed(string text)
    {
        Assert.True(EcmaScriptChecker.AnalyzeScript(text).IsValid);
    }

    [Theory]
    [InlineData("(", "a", ")")]
    [InlineData("[", "1", "]")]
    [InlineData("{a:", "1", "}")]
    [InlineData("!", "a", "")]
    [InlineData("new ", "X", "")]
    [InlineData("a ? b : ", "c", "")]
    [InlineData("a = ", "1", "")]
    [InlineData("function () { return ", "1", "}")]
    public void The_deepest_accepted_input_parses_on_a_small_stack(string open, string middle, string close)
    {
        string Nest(int depth) => Repeat(open, depth) + middle + Repeat(close, depth);
        var deepest = 1;
        while (EcmaScriptChecker.AnalyzeExpression(Nest(deepest + 1)).Kind != ScriptProblemKind.TooComplex)
        {
            deepest++;
        }

        // A quarter of a typical 1-2 MB thread stack: the guard leaves room for whatever called the linter.
        ScriptCheckResult? result = null;
        var thread = new System.Threading.Thread(() => result = EcmaScriptChecker.AnalyzeExpression(Nest(deepest)), 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.True(result!.IsValid);
    }

    [Fact]
    public void Too_deep_attribute_in_a_document_is_a_diagnostic_not_a_crash()
    {
        // Below the length limit, so that the nesting guard is what refuses it.
        var cond = Repeat("(", 30_000) + "1" + Repeat(")", 30_000);
        var text = "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" datamodel=\"ecmascript\">\n"
                   + "<state id=\"s\"><transition cond=\"" + cond + "\" target=\"s\"/></state></scxml>";

        var result = DocumentAnalyzer.Analyze(new SourceDocument("deep.scxml", text));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "ORS3005");
        Assert.Equal(new LinePosition(2, 33 + EcmaScriptChecker.MaxNesting), diagnostic.Location.Start);
    }

    [Fact]
    public void Too_deep_script_in_a_document_is_a_diagnostic_not_a_crash()
    {
        var script = Repeat("!", Hostile) + "a;";
        var text = "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\">\n<script>" + script + "</script><state id=\"s\"/></scxml>";

        var result = DocumentAnalyzer.Analyze(new SourceDocument("deep.scxml", text));

        Assert.Single(result.Diagnostics, d => d.Id == "ORS3005");
    }

    [Fact]
    public void Overlong_expression_is_refused()
    {
        var text = Repeat("a+", EcmaScriptChecker.MaxExpressionLength) + "a";
        var result = EcmaScriptChecker.AnalyzeExpression(text);
        Assert.Equal(ScriptProblemKind.TooComplex, result.Kind);
        Assert.Contains("the limit is", result.Message);
    }
}
