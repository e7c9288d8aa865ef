using System.Collections.Generic;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Rules;

/// <summary>A space-separated token of an attribute value (a target id, an event descriptor), with its position.</summary>
public readonly struct ValueToken
{
    private readonly SyntaxAttribute _attribute;

    private ValueToken(SyntaxAttribute attribute, int start, int length)
    {
        _attribute = attribute;
        Start = start;
        Length = length;
    }

    /// <summary>The offset in the decoded value.</summary>
    public int Start { get; }

    public int Length { get; }

    public string Text => _attribute.Value.Substring(Start, Length);

    /// <summary>The token's exact place in the source, even after entities or line breaks in the value.</summary>
    public Location Location => _attribute.GetValueLocation(Start, Length);

    /// <summary>The tokens of the value in order; none for an empty or blank value.</summary>
    public static List<ValueToken> Split(SyntaxAttribute attribute)
    {
        var tokens = new List<ValueToken>();
        var value = attribute.Value;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && IsSeparator(value[i]))
            {
                i++;
            }

            var start = i;
            while (i < value.Length && !IsSeparator(value[i]))
            {
                i++;
            }

            if (i > start)
            {
                tokens.Add(new ValueToken(attribute, start, i - start));
            }
        }

        return tokens;
    }

    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '\r';

    public override string ToString() => Text;
}
