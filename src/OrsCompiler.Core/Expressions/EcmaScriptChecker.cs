using System;
using System.Collections.Generic;
using System.Globalization;
using Jint.Parser;
using Jint.Parser.Ast;

namespace OrsCompiler.Expressions;

/// <summary>
/// Checks a text as an ES5 expression or program with Jint 2.10.4's parser, after a linear guard against inputs
/// that would overflow its recursive descent. Pure function of the text, so results are cached by text.
/// </summary>
internal static class EcmaScriptChecker
{
    /// <summary>Estimated parser recursion allowed (about 1 KB of stack per level, so ~130 KB at worst).</summary>
    public const int MaxNesting = 128;

    public const int MaxExpressionLength = 64 * 1024;

    public const int MaxScriptLength = 4 * 1024 * 1024;

    // The parser only reads its options; one shared instance avoids an allocation per parse.
    private static readonly ParserOptions Options = new();

    private static readonly ParseOutcomeCache Expressions = new(maxEntries: 16 * 1024, maxTextLength: 4 * 1024);
    private static readonly ParseOutcomeCache Scripts = new(maxEntries: 1024, maxTextLength: 256 * 1024);

    public static ScriptCheckResult CheckExpression(string text) => Expressions.GetOrAdd(text, AnalyzeExpression);

    public static ScriptCheckResult CheckScript(string text) => Scripts.GetOrAdd(text, AnalyzeScript);

    /// <summary>Uncached; the cache tests compare against it.</summary>
    internal static ScriptCheckResult AnalyzeExpression(string text)
    {
        var refused = Guard(text, MaxExpressionLength);
        if (refused != null)
        {
            return refused;
        }

        if (IsBlank(text))
        {
            return ScriptCheckResult.Problem(ScriptProblemKind.Empty, 0, text.Length, "");
        }

        // In parentheses, so that object literals and function expressions read as expressions; the new line keeps a
        // trailing // comment from swallowing the closing parenthesis.
        var wrappedError = ParseError.None;
        var wrapped = TryParse("(" + text + "\n)", out var error);
        if (wrapped != null)
        {
            if (wrapped.Body.Count == 1
                && First(wrapped.Body) is ExpressionStatement statement
                && StartsInsideOpeningParenthesis(statement.Expression))
            {
                return Describe(statement.Expression);
            }

            // Otherwise the text closed our parenthesis itself ("a) + (b"): read it as written to find the problem.
        }
        else
        {
            // Offsets into the text, not into the wrapper.
            wrappedError = new ParseError(error.Index - 1, error.Message);
        }

        var program = TryParse(text, out var programError);
        if (program == null)
        {
            // Prefer the error found in expression context, unless it is only at our closing parenthesis.
            return SyntaxError(text, wrappedError.Index >= 0 && wrappedError.Index < text.Length ? wrappedError : programError);
        }

        return ClassifyProgram(program, text);
    }

    internal static ScriptCheckResult AnalyzeScript(string text)
    {
        var refused = Guard(text, MaxScriptLength);
        if (refused != null)
        {
            return refused;
        }

        return TryParse(text, out var error) != null
            ? ScriptCheckResult.ValidExpression("a script", isAssignable: false)
            : SyntaxError(text, error);
    }

    private static ScriptCheckResult? Guard(string text, int maxLength)
    {
        if (text.Length > maxLength)
        {
            return ScriptCheckResult.Problem(
                ScriptProblemKind.TooComplex,
                0,
                0,
                string.Format(CultureInfo.InvariantCulture, "it has {0} characters; the limit is {1}", text.Length, maxLength));
        }

        var tooDeep = NestingScanner.FindExcessiveNesting(text, MaxNesting);
        return tooDeep < 0
            ? null
            : ScriptCheckResult.Problem(
                ScriptProblemKind.TooComplex,
                tooDeep,
                1,
                string.Format(CultureInfo.InvariantCulture, "it is nested more than {0} levels deep here (brackets, unary operators, conditional or assignment chains)", MaxNesting));
    }

    /// <summary>The text parses as a program but not as one parenthesized expression.</summary>
    private static ScriptCheckResult ClassifyProgram(Program program, string text)
    {
        var statements = new List<Statement>(program.Body);
        if (statements.Count == 0)
        {
            return ScriptCheckResult.Problem(ScriptProblemKind.Empty, 0, text.Length, "");
        }

        // "a;" is tolerated: engines that evaluate expressions as scripts (ORS, SCION's "return a;;") accept it.
        if (statements.Count == 1 && statements[0] is ExpressionStatement single)
        {
            return Describe(single.Expression);
        }

        var culprit = statements[0] is ExpressionStatement ? statements[1] : statements[0];
        var description = statements[0] is ExpressionStatement ? "several statements" : SyntaxNodeDescriptions.Describe(culprit.Type);
        var start = StartOf(culprit, text);
        return ScriptCheckResult.Problem(ScriptProblemKind.NotAnExpression, start, Math.Max(0, EndOf(culprit, text) - start), description);
    }

    private static ScriptCheckResult Describe(Expression expression) =>
        ScriptCheckResult.ValidExpression(
            SyntaxNodeDescriptions.Describe(expression.Type),
            expression.Type is SyntaxNodes.Identifier or SyntaxNodes.MemberExpression);

    private static ScriptCheckResult SyntaxError(string text, ParseError error)
    {
        var offset = Math.Max(0, Math.Min(error.Index, text.Length));
        if (offset == text.Length)
        {
            // "Unexpected end of input": point just after the last code, not at trailing white space.
            while (offset > 0 && char.IsWhiteSpace(text[offset - 1]))
            {
                offset--;
            }
        }

        return ScriptCheckResult.Problem(
            ScriptProblemKind.SyntaxError, offset, offset < text.Length ? 1 : 0, SyntaxErrorWording.Describe(error.Message, text, Math.Max(0, Math.Min(error.Index, text.Length))));
    }

    private static Program? TryParse(string source, out ParseError error)
    {
        try
        {
            error = ParseError.None;
            return new JavaScriptParser().Parse(source, Options);
        }
        catch (ParserException e)
        {
            error = new ParseError(e.Index, string.IsNullOrEmpty(e.Description) ? e.Message : e.Description);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or NullReferenceException or OverflowException)
        {
            // Jint's parser has a few unguarded paths on malformed input; a crash there is still a syntax error.
            error = new ParseError(source.Length, e.Message);
            return null;
        }
    }

    /// <summary>Our opening parenthesis is column 0 of line 1; an expression that starts there escaped it.</summary>
    private static bool StartsInsideOpeningParenthesis(Expression expression) =>
        expression.Location.Start.Line > 1 || expression.Location.Start.Column >= 1;

    private static int StartOf(SyntaxNode node, string text) =>
        node.Range is { Length: 2 } range ? Math.Min(range[0], text.Length) : OffsetOf(node.Location.Start, text);

    private static int EndOf(SyntaxNode node, string text) =>
        node.Range is { Length: 2 } range ? Math.Min(range[1], text.Length) : OffsetOf(node.Location.End, text);

    /// <summary>Jint positions: 1-based lines split at ES line terminators, 0-based columns.</summary>
    private static int OffsetOf(Position position, string text)
    {
        var offset = 0;
        for (var line = 1; line < position.Line && offset < text.Length; offset++)
        {
            var c = text[offset];
            if (c == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n')
            {
                offset++;
                line++;
            }
            else if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                line++;
            }
        }

        return Math.Min(text.Length, offset + position.Column);
    }

    private static T? First<T>(IEnumerable<T> items)
        where T : class
    {
        foreach (var item in items)
        {
            return item;
        }

        return null;
    }

    private readonly struct ParseError
    {
        public static readonly ParseError None = new(-1, "");

        public ParseError(int index, string message)
        {
            Index = index;
            Message = message;
        }

        public int Index { get; }

        public string Message { get; }
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
