using OrsCompiler.Expressions;

namespace OrsCompiler.Core.Tests.Expressions;

public class EcmaScriptCheckerTests
{
    [Theory]
    [InlineData("Var1 == 1")]
    [InlineData("{p1: 'v1', 'p2': [1, 2]}")]
    [InlineData("function (a) { return a + 1; }")]
    [InlineData("function named() { return 1; }")]
    [InlineData("_event.toSource()")]
    [InlineData("uneval(x)")]
    [InlineData("a // trailing comment")]
    [InlineData("Var1;")]
    [InlineData("(a) + (b)")]
    [InlineData("/ab+c/i.test(s)")]
    [InlineData("a ? b : c ? d : e")]
    [InlineData("typeof x === 'undefined'")]
    public void Valid_expressions(string text)
    {
        Assert.True(EcmaScriptChecker.AnalyzeExpression(text).IsValid);
    }

    [Theory]
    [InlineData("lbl: a", "a label", 0)]
    [InlineData("var x = 1", "a variable declaration", 0)]
    [InlineData("a; b", "several statements", 3)]
    [InlineData("if (a) b", "an 'if' statement", 0)]
    [InlineData("  { a; b }", "a block", 2)]
    public void Statements_are_not_expressions(string text, string found, int offset)
    {
        var result = EcmaScriptChecker.AnalyzeExpression(text);
        Assert.Equal(ScriptProblemKind.NotAnExpression, result.Kind);
        Assert.Equal(found, result.Message);
        Assert.Equal(offset, result.Offset);
    }

    [Theory]
    [InlineData("a +", 3, "the code ends too early: an operand or a closing ')', ']' or '}' is missing at the end")]
    [InlineData("a + \n  ", 3, "the code ends too early: an operand or a closing ')', ']' or '}' is missing at the end")]
    [InlineData("a) + (b", 1, "')' cannot appear here")]
    [InlineData("a)", 1, "')' cannot appear here")]
    [InlineData("{'a': }", 6, "'}' cannot appear here")]
    [InlineData("return", 0, "'return' cannot appear here")]
    [InlineData("x ==\n * 2", 6, "'*' cannot appear here")]
    [InlineData("'abc", 4, "unterminated string literal: the ' that opens it is never closed on its line")]
    [InlineData("a + \"x\n + 1", 7, "unterminated string literal: the \" that opens it is never closed on its line")]
    [InlineData("a # b", 2, "'#' cannot appear in ECMAScript outside a string")]
    [InlineData("a \u0001 b", 2, "the control character U+0001 cannot appear in ECMAScript outside a string")]
    [InlineData("/abc", 4, "unterminated regular expression literal: the closing '/' is missing")]
    public void Syntax_errors_carry_the_offset_inside_the_text(string text, int offset, string message)
    {
        var result = EcmaScriptChecker.AnalyzeExpression(text);
        Assert.Equal(ScriptProblemKind.SyntaxError, result.Kind);
        Assert.Equal(offset, result.Offset);
        Assert.Equal(message, result.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/* nothing */")]
    public void Blank_or_comment_only_is_empty(string text)
    {
        Assert.Equal(ScriptProblemKind.Empty, EcmaScriptChecker.AnalyzeExpression(text).Kind);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("a.b[c]", true)]
    [InlineData("(a)", true)]
    [InlineData("f()", false)]
    [InlineData("'a'", false)]
    [InlineData("this", false)]
    [InlineData("a + b", false)]
    public void Assignability(string text, bool assignable)
    {
        var result = EcmaScriptChecker.AnalyzeExpression(text);
        Assert.True(result.IsValid);
        Assert.Equal(assignable, result.IsAssignable);
    }

    [Theory]
    [InlineData("var a = 1;\nfunction f() { return a; }\nf();", true)]
    [InlineData("return 1;", false)]
    [InlineData("var a = ;", false)]
    [InlineData("", true)]
    public void Scripts_are_programs(string text, bool valid)
    {
        Assert.Equal(valid, EcmaScriptChecker.AnalyzeScript(text).IsValid);
    }

    [Theory]
    [InlineData("Var1 == 1")]
    [InlineData("a +")]
    [InlineData("lbl: a")]
    [InlineData("f()")]
    [InlineData("")]
    public void The_cache_does_not_change_results(string text)
    {
        var uncached = EcmaScriptChecker.AnalyzeExpression(text);
        for (var i = 0; i < 3; i++)
        {
            var cached = EcmaScriptChecker.CheckExpression(text);
            Assert.Equal(uncached.Kind, cached.Kind);
            Assert.Equal(uncached.Offset, cached.Offset);
            Assert.Equal(uncached.Length, cached.Length);
            Assert.Equal(uncached.Message, cached.Message);
            Assert.Equal(uncached.IsAssignable, cached.IsAssignable);
        }

        Assert.Equal(EcmaScriptChecker.AnalyzeScript(text).Kind, EcmaScriptChecker.CheckScript(text).Kind);
    }

    [Theory]
    [InlineData("x", null)]
    [InlineData("_private$1", null)]
    [InlineData("élan", null)]
    [InlineData("class", "it is a reserved word")]
    [InlineData("null", "it is a reserved word")]
    [InlineData("1st", "a name cannot start with a digit")]
    [InlineData("my-var", "'-' is not allowed in a name")]
    [InlineData("a.b", "'.' is not allowed in a name")]
    [InlineData("", "the name is empty")]
    public void Variable_names(string name, string? reason)
    {
        Assert.Equal(reason, EcmaScriptIdentifier.Check(name));
    }
}
