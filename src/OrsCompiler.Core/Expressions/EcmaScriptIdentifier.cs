using System.Collections.Generic;
using System.Globalization;

namespace OrsCompiler.Expressions;

/// <summary>ES5 identifiers (section 7.6): what &lt;data id&gt; and &lt;foreach item/index&gt; may be named.</summary>
internal static class EcmaScriptIdentifier
{
    // ES5 keywords, future reserved words (non-strict) and the literals null/true/false.
    private static readonly HashSet<string> ReservedWords = new(System.StringComparer.Ordinal)
    {
        "break", "case", "catch", "continue", "debugger", "default", "delete", "do", "else", "finally", "for",
        "function", "if", "in", "instanceof", "new", "return", "switch", "this", "throw", "try", "typeof", "var",
        "void", "while", "with", "class", "const", "enum", "export", "extends", "import", "super", "null", "true",
        "false",
    };

    /// <summary>Null when <paramref name="name"/> is a valid variable name, otherwise why not.</summary>
    public static string? Check(string name)
    {
        if (name.Length == 0)
        {
            return "the name is empty";
        }

        if (!IsStart(name[0]))
        {
            return char.IsDigit(name[0]) ? "a name cannot start with a digit" : $"'{name[0]}' cannot start a name";
        }

        for (var i = 1; i < name.Length; i++)
        {
            if (!IsPart(name[i]))
            {
                return char.IsWhiteSpace(name[i]) ? "a name cannot contain white space" : $"'{name[i]}' is not allowed in a name";
            }
        }

        return ReservedWords.Contains(name) ? "it is a reserved word" : null;
    }

    private static bool IsStart(char c) =>
        c is '$' or '_'
        || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;

    private static bool IsPart(char c) =>
        IsStart(c)
        || c is '\u200C' or '\u200D'
        || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
}
