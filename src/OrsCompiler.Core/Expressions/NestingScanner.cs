using System;

namespace OrsCompiler.Expressions;

/// <summary>
/// A linear, allocation-free pre-scan that bounds how deep Jint's recursive-descent parser would recurse on a text.
/// Jint has no depth limit of its own and a stack overflow cannot be caught, so a hostile <c>((((…</c>,
/// <c>!!!!…</c> or <c>a?b:c?…</c> would kill the process. The scan over-approximates: it counts open brackets plus,
/// per bracket level, the recursion-inducing tokens since the last statement or list boundary (prefix operators,
/// <c>new</c>/<c>typeof</c>/<c>void</c>/<c>delete</c>, <c>?</c>, <c>:</c>, assignments, unbraced
/// <c>if</c>/<c>while</c>/<c>for</c>/<c>with</c>/<c>do</c>, <c>else if</c> chains, and <c>function</c>, whose
/// nesting costs about twice a bracket's stack). The brace that closes a block or function body ends the
/// statement-level counts of its level. Binary operators, member
/// and call chains, sequences and statement lists are iterative in Jint and are not counted.
/// </summary>
internal static class NestingScanner
{
    /// <summary>Where the estimated nesting first exceeds <paramref name="limit"/>, or -1 when it never does.</summary>
    public static int FindExcessiveNesting(string text, int limit)
    {
        var levels = limit + 2;
        Span<int> expressionCount = levels <= 256 ? stackalloc int[levels] : new int[levels];
        Span<int> statementCount = levels <= 256 ? stackalloc int[levels] : new int[levels];
        Span<int> elseChain = levels <= 256 ? stackalloc int[levels] : new int[levels];
        expressionCount.Clear();
        statementCount.Clear();
        elseChain.Clear();

        var depth = 0;
        var total = 0;
        var afterOperand = false;
        var newlineAfterOperand = false;
        var afterElse = false;
        var colonIsCaseLabel = false;
        var i = 0;
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (IsLineTerminator(c))
            {
                newlineAfterOperand |= afterOperand;
                i++;
                continue;
            }

            if (c is ' ' or '\t' or '\v' or '\f' or '\u00A0' or '\uFEFF' || (c > 127 && char.IsWhiteSpace(c)))
            {
                i++;
                continue;
            }

            if (c == '/' && i + 1 < n && text[i + 1] == '/')
            {
                i = SkipLineComment(text, i + 2);
                continue;
            }

            if (c == '/' && i + 1 < n && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (text.IndexOfAny(LineTerminators, i + 2, (end < 0 ? n : end) - (i + 2)) >= 0)
                {
                    newlineAfterOperand |= afterOperand;
                }

                i = end < 0 ? n : end + 2;
                continue;
            }

            // A new line after a complete operand followed by the start of a new operand is an automatic semicolon.
            var startsOperand = c is '\'' or '"' or '$' or '_' or '\\' || char.IsLetterOrDigit(c);
            if (newlineAfterOperand && startsOperand)
            {
                total -= expressionCount[depth];
                expressionCount[depth] = 0;
            }

            newlineAfterOperand = false;
            var wasAfterElse = afterElse;
            afterElse = false;
            var start = i;

            if (c is '\'' or '"')
            {
                i = SkipString(text, i + 1, c);
                afterOperand = true;
                continue;
            }

            if (char.IsDigit(c) || (c == '.' && i + 1 < n && char.IsDigit(text[i + 1])))
            {
                i = SkipNumber(text, i);
                afterOperand = true;
                continue;
            }

            if (c is '$' or '_' or '\\' || char.IsLetter(c))
            {
                i = SkipWord(text, i);
                var word = i - start;
                afterOperand = true;
                if (IsWord(text, start, word, "typeof") || IsWord(text, start, word, "void") || IsWord(text, start, word, "delete") || IsWord(text, start, word, "new"))
                {
                    expressionCount[depth]++;
                    total++;
                    afterOperand = false;
                }
                else if (IsWord(text, start, word, "if"))
                {
                    if (wasAfterElse)
                    {
                        elseChain[depth]++;
                        total++;
                    }
                    else
                    {
                        total -= elseChain[depth];
                        elseChain[depth] = 0;
                    }

                    statementCount[depth]++;
                    total++;
                    afterOperand = false;
                }
                else if (IsWord(text, start, word, "while") || IsWord(text, start, word, "for") || IsWord(text, start, word, "with") || IsWord(text, start, word, "do")
                         || IsWord(text, start, word, "function"))
                {
                    statementCount[depth]++;
                    total++;
                    afterOperand = false;
                }
                else if (IsWord(text, start, word, "else"))
                {
                    afterElse = true;
                    afterOperand = false;
                }
                else if (IsWord(text, start, word, "case") || IsWord(text, start, word, "default"))
                {
                    colonIsCaseLabel = true;
                    afterOperand = false;
                }
                else if (IsWord(text, start, word, "return") || IsWord(text, start, word, "throw") || IsWord(text, start, word, "in") || IsWord(text, start, word, "instanceof"))
                {
                    afterOperand = false;
                }

                if (total + depth > limit)
                {
                    return start;
                }

                continue;
            }

            if (c == '/' && !afterOperand)
            {
                i = SkipRegularExpression(text, i + 1);
                afterOperand = true;
                continue;
            }

            i++;
            switch (c)
            {
                case '(' or '[' or '{':
                    if (depth + 1 >= levels)
                    {
                        return start;
                    }

                    depth++;
                    expressionCount[depth] = 0;
                    statementCount[depth] = 0;
                    elseChain[depth] = 0;
                    afterOperand = false;
                    break;
                case ')' or ']' or '}':
                    if (depth > 0)
                    {
                        total -= expressionCount[depth] + statementCount[depth] + elseChain[depth];
                        depth--;
                        if (c == '}')
                        {
                            // A closing brace ends a block statement: unbraced if/while nesting stops here.
                            total -= statementCount[depth];
                            statementCount[depth] = 0;
                        }
                    }

                    afterOperand = true;
                    break;
                case ';':
                    total -= expressionCount[depth] + statementCount[depth];
                    expressionCount[depth] = 0;
                    statementCount[depth] = 0;
                    afterOperand = false;
                    break;
                case ',':
                    total -= expressionCount[depth];
                    expressionCount[depth] = 0;
                    afterOperand = false;
                    break;
                case ':' when colonIsCaseLabel:
                    colonIsCaseLabel = false;
                    afterOperand = false;
                    break;
                case '.':
                    afterOperand = false;
                    break;
                default:
                    if (ScanOperator(text, ref i, c, ref afterOperand))
                    {
                        expressionCount[depth]++;
                        total++;
                    }

                    break;
            }

            if (total + depth > limit)
            {
                return start;
            }
        }

        return -1;
    }

    private static readonly char[] LineTerminators = { '\n', '\r', '\u2028', '\u2029' };

    /// <summary>
    /// Consumes the rest of an operator starting with <paramref name="c"/> (already consumed) and says whether it
    /// makes the parser recurse: an assignment, a prefix operator, <c>?</c> or a label/conditional <c>:</c>.
    /// </summary>
    private static bool ScanOperator(string text, ref int i, char c, ref bool afterOperand)
    {
        var next = i < text.Length ? text[i] : '\0';
        var wasOperand = afterOperand;
        afterOperand = false;
        switch (c)
        {
            case '?' or ':' or '~':
                return true;
            case '=' or '!':
                if (next == '=')
                {
                    i += i + 1 < text.Length && text[i + 1] == '=' ? 2 : 1;
                    return false;
                }

                return true;
            case '<' or '>':
                var run = 1;
                while (i < text.Length && text[i] == c && run < 3)
                {
                    i++;
                    run++;
                }

                if (i < text.Length && text[i] == '=')
                {
                    i++;
                    return run >= 2;
                }

                return false;
            case '+' or '-':
                if (next == c)
                {
                    i++;
                    afterOperand = wasOperand;
                    return !wasOperand;
                }

                if (next == '=')
                {
                    i++;
                    return true;
                }

                return !wasOperand;
            case '*' or '%' or '&' or '|' or '^' or '/':
                if ((c is '&' or '|') && next == c)
                {
                    i++;
                    return false;
                }

                if (next == '=')
                {
                    i++;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    private static bool IsWordPart(char c) => c is '$' or '_' or '\\' || char.IsLetterOrDigit(c) || (c > 127 && !char.IsWhiteSpace(c) && !IsLineTerminator(c));

    private static bool IsWord(string text, int start, int length, string word) =>
        length == word.Length && string.CompareOrdinal(text, start, word, 0, length) == 0;

    private static int SkipWord(string text, int i)
    {
        while (i < text.Length && IsWordPart(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipNumber(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '.' || c == '_')
            {
                i++;
            }
            else if ((c is '+' or '-') && text[i - 1] is 'e' or 'E' && !IsHexNumber(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsHexNumber(string text, int i)
    {
        var start = i;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        return start + 1 < text.Length && text[start] == '0' && text[start + 1] is 'x' or 'X';
    }

    private static int SkipLineComment(string text, int i)
    {
        while (i < text.Length && !IsLineTerminator(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipString(string text, int i, char quote)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
            }
            else if (c == quote)
            {
                return i + 1;
            }
            else if (IsLineTerminator(c))
            {
                return i;
            }
            else
            {
                i++;
            }
        }

        return text.Length;
    }

    private static int SkipRegularExpression(string text, int i)
    {
        var inClass = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (IsLineTerminator(c))
            {
                return i;
            }

            i++;
            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }
            else if (c == '/' && !inClass)
            {
                return SkipWord(text, i);
            }
        }

        return text.Length;
    }
}
