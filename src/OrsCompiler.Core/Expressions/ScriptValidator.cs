using System;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Expressions;

/// <summary>
/// Checks ECMAScript (ES5) in attributes and scripts and reports ORS3xxx diagnostics at the exact position inside the
/// attribute value or script text. Shared by the SCXML rules and the ORS action rules. Every method accepts any
/// attribute or element and never throws on its content.
/// </summary>
public static class ScriptValidator
{
    /// <summary>A value expression (cond, expr, ORS action attributes...): must parse as an expression, not a statement.</summary>
    public static void ValidateExpression(DocumentContext context, SyntaxAttribute attribute)
    {
        CheckArguments(context, attribute);
        ReportExpressionProblem(context, attribute, EcmaScriptChecker.CheckExpression(attribute.Value), 0);
    }

    /// <summary>A value expression whose syntax error message ends with <paramref name="hint"/> (what to write instead).</summary>
    internal static void ValidateExpression(DocumentContext context, SyntaxAttribute attribute, string? hint)
    {
        CheckArguments(context, attribute);
        ReportExpressionProblem(context, attribute, EcmaScriptChecker.CheckExpression(attribute.Value), 0, hint);
    }

    /// <summary>A location expression (assign/@location, idlocation, requestid...): must be assignable.</summary>
    public static void ValidateLocation(DocumentContext context, SyntaxAttribute attribute)
    {
        CheckArguments(context, attribute);
        ValidateLocation(context, attribute, 0, attribute.Value.Length);
    }

    /// <summary>A space-separated list of locations (send/invoke <c>namelist</c>).</summary>
    public static void ValidateLocationList(DocumentContext context, SyntaxAttribute attribute)
    {
        CheckArguments(context, attribute);
        var value = attribute.Value;
        var i = 0;
        while (i < value.Length)
        {
            if (char.IsWhiteSpace(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            ValidateLocation(context, attribute, start, i - start);
        }
    }

    /// <summary>A name that becomes an ECMAScript variable (&lt;data id&gt;, &lt;foreach item/index&gt;).</summary>
    public static void ValidateVariableName(DocumentContext context, SyntaxAttribute attribute)
    {
        CheckArguments(context, attribute);
        var reason = EcmaScriptIdentifier.Check(attribute.Value);
        if (reason != null)
        {
            context.Report(DiagnosticCatalog.InvalidVariableName, attribute.GetValueLocation(0, attribute.Value.Length), attribute.Value, attribute.Name, reason);
        }
    }

    /// <summary>A script body (&lt;script&gt; text, possibly from XInclude parse="text").</summary>
    public static void ValidateScript(DocumentContext context, SyntaxElement scriptElement)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (scriptElement == null)
        {
            throw new ArgumentNullException(nameof(scriptElement));
        }

        var source = ScriptSource.From(scriptElement);
        if (source.IsEmpty)
        {
            return;
        }

        var result = EcmaScriptChecker.CheckScript(source.Text);
        switch (result.Kind)
        {
            case ScriptProblemKind.SyntaxError:
                context.Report(DiagnosticCatalog.ScriptSyntaxError, source.GetLocation(result.Offset, result.Length), result.Message);
                break;
            case ScriptProblemKind.TooComplex:
                context.Report(DiagnosticCatalog.ExpressionTooComplex, source.GetLocation(result.Offset, result.Length), "<script>", result.Message);
                break;
        }
    }

    /// <summary>Whether a text is a valid ES5 expression (what the compiler uses to mark an expression invalid).</summary>
    public static bool IsValidExpression(string text) =>
        EcmaScriptChecker.CheckExpression(text ?? throw new ArgumentNullException(nameof(text))).IsValid;

    /// <summary>Whether a text is a valid ES5 program.</summary>
    public static bool IsValidScript(string text) =>
        EcmaScriptChecker.CheckScript(text ?? throw new ArgumentNullException(nameof(text))).IsValid;

    private static void ValidateLocation(DocumentContext context, SyntaxAttribute attribute, int start, int length)
    {
        var text = start == 0 && length == attribute.Value.Length ? attribute.Value : attribute.Value.Substring(start, length);
        var result = EcmaScriptChecker.CheckExpression(text);
        if (result.IsValid && !result.IsAssignable)
        {
            var (trimmedStart, trimmedLength) = Trim(text);
            context.Report(
                DiagnosticCatalog.LocationNotAssignable,
                attribute.GetValueLocation(start + trimmedStart, trimmedLength),
                text.Trim(),
                result.Message);
            return;
        }

        ReportExpressionProblem(context, attribute, result, start);
    }

    private static void ReportExpressionProblem(DocumentContext context, SyntaxAttribute attribute, ScriptCheckResult result, int start, string? hint = null)
    {
        Location Where() => attribute.GetValueLocation(start + result.Offset, result.Length);
        switch (result.Kind)
        {
            case ScriptProblemKind.SyntaxError:
                context.Report(DiagnosticCatalog.ExpressionSyntaxError, Where(), attribute.Name, result.Message + hint);
                break;
            case ScriptProblemKind.NotAnExpression:
                context.Report(DiagnosticCatalog.StatementNotExpression, Where(), attribute.Name, result.Message + hint);
                break;
            case ScriptProblemKind.Empty:
                context.Report(DiagnosticCatalog.EmptyExpression, attribute.ValueLocation, attribute.Name);
                break;
            case ScriptProblemKind.TooComplex:
                context.Report(DiagnosticCatalog.ExpressionTooComplex, Where(), attribute.Name, result.Message);
                break;
        }
    }

    private static (int Start, int Length) Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    private static void CheckArguments(DocumentContext context, SyntaxAttribute attribute)
    {
        if (context == null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (attribute == null)
        {
            throw new ArgumentNullException(nameof(attribute));
        }
    }
}
