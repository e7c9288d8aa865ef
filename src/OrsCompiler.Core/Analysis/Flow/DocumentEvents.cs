using System.Collections.Generic;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Analysis.Flow;

/// <summary>The event names a document produces itself: <c>&lt;raise&gt;</c> and <c>&lt;send&gt;</c> with a known event name.</summary>
internal static class DocumentEvents
{
    /// <summary>Every literal event name raised or sent anywhere in the document.</summary>
    public static HashSet<string> Produced(SyntaxElement root, Dialect dialect)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.NamespaceUri != ScxmlNames.Namespace)
            {
                continue;
            }

            var name = element.LocalName switch
            {
                ScxmlNames.Raise => element.GetAttributeValue("event"),
                ScxmlNames.Send => LiteralValue.Of(element.GetAttributeValue("event"), dialect),
                _ => null,
            };
            if (!string.IsNullOrEmpty(name))
            {
                names.Add(name!.Trim());
            }
        }

        return names;
    }

    /// <summary>The name of an event this element puts on the internal queue (<c>&lt;raise&gt;</c>, <c>&lt;send target="_internal"&gt;</c>).</summary>
    public static string? InternalEventName(SyntaxElement element, Dialect dialect)
    {
        if (ScxmlNames.IsScxml(element, ScxmlNames.Raise))
        {
            return element.GetAttributeValue("event")?.Trim();
        }

        if (ScxmlNames.IsScxml(element, ScxmlNames.Send)
            && LiteralValue.TargetOf(element, dialect) is "_internal" or "#_internal")
        {
            return LiteralValue.Of(element.GetAttributeValue("event"), dialect)?.Trim();
        }

        return null;
    }
}
