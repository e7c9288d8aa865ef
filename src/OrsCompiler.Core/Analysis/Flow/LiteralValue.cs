using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// The literal text of a <c>&lt;send&gt;</c> attribute. W3C SCXML writes <c>event</c>, <c>target</c> and <c>delay</c>
/// literally; ORS (the 2009 working draft) evaluates them as ECMAScript, so only a quoted string is a known value there.
/// </summary>
internal static class LiteralValue
{
    /// <summary>The value, or null when it is an ORS expression other than a string literal.</summary>
    public static string? Of(string? value, Dialect dialect)
    {
        if (value == null)
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length >= 2 && (trimmed[0] == '\'' || trimmed[0] == '"') && trimmed[trimmed.Length - 1] == trimmed[0]
            && trimmed.IndexOf(trimmed[0], 1) == trimmed.Length - 1)
        {
            return trimmed.Substring(1, trimmed.Length - 2);
        }

        return dialect == Dialect.Ors ? null : trimmed;
    }

    /// <summary>
    /// A send's <c>target</c>. ORS documents write special targets both quoted and bare (<c>target="_internal"</c>), and
    /// a bare name that is not one of them is an expression whose value is unknown: it is returned as written, which
    /// no special target equals.
    /// </summary>
    public static string? TargetOf(SyntaxElement send, Dialect dialect)
    {
        var value = send.GetAttributeValue("target");
        return value == null ? null : Of(value, dialect) ?? value.Trim();
    }
}
