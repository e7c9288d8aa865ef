using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace OrsCompiler.Configuration;

/// <summary>
/// A section name of an .editorconfig file as the EditorConfig specification defines it: <c>*</c> (any characters but
/// <c>/</c>), <c>**</c> (any characters), <c>?</c>, <c>[abc]</c>, <c>[!abc]</c>, <c>{a,b}</c>, <c>{1..3}</c> and
/// <c>\</c> escapes. A glob without <c>/</c> matches a file name in any folder below the .editorconfig; one with a
/// <c>/</c> matches relative to it; <c>**/</c> also matches no folder at all.
/// </summary>
public sealed class EditorConfigGlob
{
    private static readonly RegexOptions Options =
        RegexOptions.CultureInvariant | (Path.DirectorySeparatorChar == '\\' ? RegexOptions.IgnoreCase : RegexOptions.None);

    private readonly Regex _regex;
    private readonly List<(int Min, int Max)> _ranges;

    private EditorConfigGlob(Regex regex, List<(int Min, int Max)> ranges)
    {
        _regex = regex;
        _ranges = ranges;
    }

    /// <summary>The glob of a section in the .editorconfig of <paramref name="directory"/> (a full path).</summary>
    public static EditorConfigGlob Create(string directory, string glob)
    {
        var ranges = new List<(int Min, int Max)>();
        var pattern = new StringBuilder("^");
        pattern.Append(Regex.Escape(Normalize(directory).TrimEnd('/')));
        if (ContainsSeparator(glob))
        {
            pattern.Append('/');
            glob = glob.TrimStart('/');
        }
        else
        {
            pattern.Append("/(?:.*/)?");
        }

        var i = 0;
        Translate(glob, ref i, pattern, ranges, inBraces: false);
        pattern.Append('$');
        return new EditorConfigGlob(new Regex(pattern.ToString(), Options), ranges);
    }

    /// <summary>Whether the file (a full path) is in this section.</summary>
    public bool IsMatch(string fullPath)
    {
        var match = _regex.Match(Normalize(fullPath));
        if (!match.Success)
        {
            return false;
        }

        // Numeric ranges are captured as integers and checked here; a regex cannot compare numbers.
        for (var r = 0; r < _ranges.Count; r++)
        {
            var group = match.Groups[r + 1];
            if (!group.Success)
            {
                continue; // a range in an alternative that did not match
            }

            if (!int.TryParse(group.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                || n < _ranges[r].Min || n > _ranges[r].Max)
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static bool ContainsSeparator(string glob)
    {
        var inBrackets = false;
        foreach (var c in glob)
        {
            inBrackets = c == '[' || (inBrackets && c != ']');
            if (c == '/' && !inBrackets)
            {
                return true;
            }
        }

        return false;
    }

    // Recursive only over nested braces, which the section header's length bounds.
    private static void Translate(string glob, ref int i, StringBuilder pattern, List<(int, int)> ranges, bool inBraces)
    {
        while (i < glob.Length)
        {
            var c = glob[i];
            if (inBraces && (c == ',' || c == '}'))
            {
                return;
            }

            i++;
            switch (c)
            {
                case '\\' when i < glob.Length:
                    pattern.Append(Regex.Escape(glob[i++].ToString()));
                    break;

                case '*' when i < glob.Length && glob[i] == '*':
                    i++;
                    if (i < glob.Length && glob[i] == '/')
                    {
                        i++;
                        pattern.Append("(?:.*/)?");
                    }
                    else
                    {
                        pattern.Append(".*");
                    }

                    break;

                case '*':
                    pattern.Append("[^/]*");
                    break;

                case '?':
                    pattern.Append("[^/]");
                    break;

                case '[':
                    AppendCharacterClass(glob, ref i, pattern);
                    break;

                case '{':
                    AppendBraces(glob, ref i, pattern, ranges);
                    break;

                default:
                    pattern.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
    }

    private static void AppendCharacterClass(string glob, ref int i, StringBuilder pattern)
    {
        var close = glob.IndexOf(']', i);
        if (close < 0 || glob.IndexOf('/', i, close - i) >= 0)
        {
            pattern.Append("\\[");
            return;
        }

        var body = glob.Substring(i, close - i);
        i = close + 1;
        var negated = body.StartsWith("!", StringComparison.Ordinal);
        if (negated)
        {
            body = body.Substring(1);
        }

        pattern.Append(negated ? "[^" : "[").Append(body.Replace("\\", "\\\\").Replace("[", "\\[").Replace("^", "\\^")).Append(']');
    }

    private static void AppendBraces(string glob, ref int i, StringBuilder pattern, List<(int, int)> ranges)
    {
        var close = MatchingBrace(glob, i);
        if (close < 0)
        {
            pattern.Append("\\{");
            return;
        }

        var body = glob.Substring(i, close - i);
        var range = Regex.Match(body, @"^([+-]?\d+)\.\.([+-]?\d+)$");
        if (range.Success)
        {
            var a = int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture);
            ranges.Add((Math.Min(a, b), Math.Max(a, b)));
            pattern.Append("([+-]?\\d+)");
            i = close + 1;
            return;
        }

        if (body.IndexOf(',') < 0)
        {
            // "{single}" is literal text, braces included.
            pattern.Append("\\{");
            return;
        }

        pattern.Append("(?:");
        while (true)
        {
            Translate(glob, ref i, pattern, ranges, inBraces: true);
            if (glob[i] == '}')
            {
                i++;
                break;
            }

            pattern.Append('|');
            i++;
        }

        pattern.Append(')');
    }

    private static int MatchingBrace(string glob, int start)
    {
        var depth = 1;
        for (var j = start; j < glob.Length; j++)
        {
            if (glob[j] == '\\')
            {
                j++;
            }
            else if (glob[j] == '{')
            {
                depth++;
            }
            else if (glob[j] == '}' && --depth == 0)
            {
                return j;
            }
        }

        return -1;
    }
}
