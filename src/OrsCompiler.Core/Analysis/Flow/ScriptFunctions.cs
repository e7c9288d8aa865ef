using System.Collections.Generic;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// Finds the functions an ES5 script defines and keeps: declarations (<c>function f()</c>) and function expressions
/// assigned to a name (<c>f = function</c>, <c>o.f = function</c>, <c>f: function</c>). Callbacks and immediately
/// invoked functions define nothing that outlives the script. A lexical scan that skips strings and comments; no
/// full parse is needed to find the keyword.
/// </summary>
internal static class ScriptFunctions
{
    private const string Keyword = "function";

    /// <summary>Each named function with the position and length of its <c>function</c> keyword.</summary>
    public static IEnumerable<(string Name, int Start, int Length)> Find(string script)
    {
        var i = 0;
        while (i < script.Length)
        {
            var c = script[i];
            if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
            {
                i = SkipTo(script, i + 2, "\n");
            }
            else if (c == '/' && i + 1 < script.Length && script[i + 1] == '*')
            {
                i = SkipTo(script, i + 2, "*/");
            }
            else if (c is '\'' or '"')
            {
                i = SkipString(script, i);
            }
            else if (IsIdentifierPart(c))
            {
                var start = i;
                while (i < script.Length && IsIdentifierPart(script[i]))
                {
                    i++;
                }

                if (i - start == Keyword.Length && string.CompareOrdinal(script, start, Keyword, 0, Keyword.Length) == 0)
                {
                    var name = DeclaredName(script, i) ?? AssignedName(script, start);
                    if (name != null)
                    {
                        yield return (name, start, Keyword.Length);
                    }
                }
            }
            else
            {
                i++;
            }
        }
    }

    // function name(...)
    private static string? DeclaredName(string script, int afterKeyword)
    {
        var i = SkipWhitespace(script, afterKeyword);
        var start = i;
        while (i < script.Length && IsIdentifierPart(script[i]))
        {
            i++;
        }

        return i > start ? script.Substring(start, i - start) : null;
    }

    // name = function, a.name = function, name: function (not ==, !=, <=, >=)
    private static string? AssignedName(string script, int keywordStart)
    {
        var i = keywordStart - 1;
        while (i >= 0 && char.IsWhiteSpace(script[i]))
        {
            i--;
        }

        if (i < 0 || (script[i] != '=' && script[i] != ':') || (script[i] == '=' && i > 0 && "=!<>".IndexOf(script[i - 1]) >= 0))
        {
            return null;
        }

        i--;
        while (i >= 0 && char.IsWhiteSpace(script[i]))
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && IsIdentifierPart(script[i]))
        {
            i--;
        }

        return end > i + 1 ? script.Substring(i + 1, end - i - 1) : null;
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '$';

    private static int SkipWhitespace(string s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipTo(string s, int i, string terminator)
    {
        var end = s.IndexOf(terminator, i, System.StringComparison.Ordinal);
        return end < 0 ? s.Length : end + terminator.Length;
    }

    private static int SkipString(string s, int i)
    {
        var quote = s[i++];
        while (i < s.Length && s[i] != quote && s[i] != '\n')
        {
            i += s[i] == '\\' ? 2 : 1;
        }

        return i + 1;
    }
}
