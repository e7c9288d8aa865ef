using OrsCompiler.Analysis;
using OrsCompiler.Syntax;

namespace OrsCompiler.Expressions;

/// <summary>
/// Checks ECMAScript (ES5) in attributes and scripts and reports ORS3xxx diagnostics at the exact position inside the
/// attribute value or script text. Shared by the SCXML rules and the ORS action rules.
/// </summary>
public static class ScriptValidator
{
    /// <summary>A value expression (cond, expr, ORS action attributes...): must parse as an expression, not a statement.</summary>
    public static void ValidateExpression(DocumentContext context, SyntaxAttribute attribute)
    {
        // Implemented with the expression rules (issue 2, ORS3xxx).
    }

    /// <summary>A location expression (assign/@location, idlocation, requestid...): must be assignable.</summary>
    public static void ValidateLocation(DocumentContext context, SyntaxAttribute attribute)
    {
    }

    /// <summary>A script body (&lt;script&gt; text, possibly from XInclude parse="text").</summary>
    public static void ValidateScript(DocumentContext context, SyntaxElement scriptElement)
    {
    }
}
