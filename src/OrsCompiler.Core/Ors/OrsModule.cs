using System.Collections.Generic;
using System.Linq;

namespace OrsCompiler.Ors;

/// <summary>An ORS extension module: its namespace, the prefixes of the events it raises, its elements.</summary>
public sealed class OrsModule
{
    public OrsModule(string name, string namespaceUri, IReadOnlyList<string> eventPrefixes, IReadOnlyList<OrsElementInfo> elements)
    {
        Name = name;
        NamespaceUri = namespaceUri;
        EventPrefixes = eventPrefixes;
        Elements = elements;
        Actions = elements.OfType<OrsActionInfo>().ToArray();
    }

    /// <summary>The usual XML prefix, e.g. "queue", "ixn".</summary>
    public string Name { get; }

    public string NamespaceUri { get; }

    /// <summary>The Genesys documentation page of the module.</summary>
    public string Source { get; init; } = "";

    /// <summary>The first token of the module's events, e.g. "queue", "interaction".</summary>
    public string EventPrefix => EventPrefixes[0];

    /// <summary>Every first token of its events ("interaction", "voice", "msgbased", "chat").</summary>
    public IReadOnlyList<string> EventPrefixes { get; }

    /// <summary>Actions and their parts (queue:targets...). Empty when the module's elements are not verified.</summary>
    public IReadOnlyList<OrsElementInfo> Elements { get; }

    public IReadOnlyList<OrsActionInfo> Actions { get; }

    /// <summary>Whether the table lists this module's elements, so that an element it does not list is suspect.</summary>
    public bool HasKnownElements => Elements.Count > 0;

    public OrsElementInfo? FindElement(string localName)
    {
        foreach (var element in Elements)
        {
            if (element.LocalName == localName)
            {
                return element;
            }
        }

        return null;
    }

    public override string ToString() => NamespaceUri;
}
