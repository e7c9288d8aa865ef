using System.Collections.Generic;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>The descriptors of a transition's <c>event</c> attribute with their exact source locations.</summary>
internal static class EventAttributeTokens
{
    public static IEnumerable<(string Descriptor, Location Location)> Read(SyntaxAttribute? eventAttribute)
    {
        if (eventAttribute == null)
        {
            yield break;
        }

        var value = eventAttribute.Value;
        var i = 0;
        while (i < value.Length)
        {
            while (i < value.Length && char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            var start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return (value.Substring(start, i - start), eventAttribute.GetValueLocation(start, i - start));
            }
        }
    }
}
