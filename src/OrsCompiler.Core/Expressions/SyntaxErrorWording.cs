using System;
using System.Text.RegularExpressions;
using OrsCompiler.Text;

namespace OrsCompiler.Expressions;

/// <summary>
/// Jint 2.10.4's parser messages (Esprima's) in the words of the person who wrote the code: "unterminated string
/// literal" instead of "Unexpected token ILLEGAL". Messages it does not know are passed on, starting in lower case.
/// </summary>
internal static class SyntaxErrorWording
{
    private static readonly Regex UnexpectedToken = new(@"^Unexpected token (.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    private static readonly Regex UndefinedLabel = new("^Undefined label \"(.*)\"$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static string Describe(string message, string text, int offset)
    {
        switch (message)
        {
            case "Unexpected token ILLEGAL":
                return DescribeIllegal(text, offset);
            case "Unexpected end of input":
                return "the code ends too early: an operand or a closing ')', ']' or '}' is missing at the end";
            case "Unexpected number":
                return "a number cannot appear here (is an operator or ',' missing before it?)";
            case "Unexpected string":
                return "a string cannot appear here (is an operator or ',' missing before it?)";
            case "Unexpected identifier":
                return "a name cannot appear here (is an operator or ',' missing before it?)";
            case "Unexpected reserved word":
                return "a reserved word cannot appear here";
            case "Invalid left-hand side in assignment":
                return "the left side of this assignment is not a variable or a property";
            case "Invalid left-hand side in for-in":
                return "the left side of 'for ... in' is not a variable or a property";
            case "Illegal return statement":
                return "'return' can only appear inside a function";
            case "Illegal break statement":
                return "'break' can only appear inside a loop or a 'switch'";
            case "Illegal continue statement":
                return "'continue' can only appear inside a loop";
            case "Illegal newline after throw":
                return "the value of 'throw' must start on the same line";
            case "Missing catch or finally after try":
                return "'try' needs a 'catch' or a 'finally' block";
            case "More than one default clause in switch statement":
                return "a 'switch' can have only one 'default'";
            case "Object literal may not have data and accessor property with the same name":
                return "an object literal cannot have a value and a getter or setter with the same name";
            case "Object literal may not have multiple get/set accessors with the same name":
                return "an object literal cannot have two getters or two setters with the same name";
        }

        if (message.StartsWith("Invalid regular expression", StringComparison.Ordinal))
        {
            return message.IndexOf("missing /", StringComparison.Ordinal) >= 0
                ? "unterminated regular expression literal: the closing '/' is missing"
                : "invalid regular expression literal";
        }

        if (UnexpectedToken.Match(message) is { Success: true } token)
        {
            return $"'{token.Groups[1].Value}' cannot appear here";
        }

        if (UndefinedLabel.Match(message) is { Success: true } label)
        {
            return $"the label '{label.Groups[1].Value}' is not defined";
        }

        return message.Length > 0 && char.IsUpper(message[0]) ? char.ToLowerInvariant(message[0]) + message.Substring(1) : message;
    }

    // Jint scans a string, a bad escape or a stray character to the ILLEGAL token; tell which one it was.
    private static string DescribeIllegal(string text, int offset)
    {
        var open = UnterminatedString(text);
        if (open >= 0 && open <= offset)
        {
            return $"unterminated string literal: the {text[open]} that opens it is never closed on its line";
        }

        if (offset >= 0 && offset < text.Length)
        {
            var c = text[offset];
            if (c == '\\')
            {
                return "a backslash can only appear inside a string or a regular expression";
            }

            return $"{CharacterNames.Describe(c)} cannot appear in ECMAScript outside a string";
        }

        return "the code contains a character that ECMAScript does not allow here";
    }

    /// <summary>The offset of the quote that opens a string literal never closed on its line; -1 if none.</summary>
    private static int UnterminatedString(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && !IsLineTerminator(text[i]))
                {
                    i++;
                }
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? text.Length : end + 2;
            }
            else if (c is '\'' or '"')
            {
                var start = i++;
                while (true)
                {
                    if (i >= text.Length || IsLineTerminator(text[i]))
                    {
                        return start;
                    }

                    if (text[i] == '\\')
                    {
                        i += 2;
                        continue;
                    }

                    if (text[i++] == c)
                    {
                        break;
                    }
                }
            }
            else
            {
                i++;
            }
        }

        return -1;
    }

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';
}
