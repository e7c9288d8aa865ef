using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OrsCompiler.Diagnostics;

/// <summary>
/// Fills a message format so that it reads well whatever the values are: a value the document already quoted is
/// quoted once ('continue', not ''continue''), control characters are escaped (\0, \u0001) instead of printed, and
/// the article before a quoted name fits it ("a 'cond' attribute", "an 'id'").
/// </summary>
internal static class MessageText
{
    private static readonly Regex Article = new(@"\b([Aa]n?) (['<])(\w)", RegexOptions.CultureInvariant);

    public static string Format(string format, object?[] arguments)
    {
        var values = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is string text)
            {
                var placeholder = "'{" + i.ToString(CultureInfo.InvariantCulture) + "}'";
                if (IsQuoted(text) && format.IndexOf(placeholder, StringComparison.Ordinal) >= 0)
                {
                    format = format.Replace(placeholder, "{" + i.ToString(CultureInfo.InvariantCulture) + "}");
                }

                values[i] = EscapeControlCharacters(text);
            }
            else
            {
                values[i] = arguments[i];
            }
        }

        var message = string.Format(CultureInfo.InvariantCulture, format, values);
        return Article.Replace(message, m =>
        {
            var vowel = "aeiouAEIOU".IndexOf(m.Groups[3].Value[0]) >= 0;
            var article = m.Groups[1].Value;
            var fitting = char.IsUpper(article[0]) ? (vowel ? "An" : "A") : (vowel ? "an" : "a");
            return fitting + " " + m.Groups[2].Value + m.Groups[3].Value;
        });
    }

    /// <summary>'\0', '\t', '\n', '\r' as escapes; other control characters as \uXXXX, as a script would write them.</summary>
    public static string EscapeControlCharacters(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsControl(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\0': builder.Append("\\0"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private static bool IsQuoted(string text) =>
        text.Length >= 2 && (text[0] == '\'' || text[0] == '"') && text[text.Length - 1] == text[0];
}
