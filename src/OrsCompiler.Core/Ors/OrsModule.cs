using System.Collections.Generic;

namespace OrsCompiler.Ors;

/// <summary>An ORS extension module: its namespace, the prefix of the events it raises, its actions.</summary>
public sealed class OrsModule
{
    public OrsModule(string name, string namespaceUri, string eventPrefix, IReadOnlyList<OrsActionInfo> actions)
    {
        Name = name;
        NamespaceUri = namespaceUri;
        EventPrefix = eventPrefix;
        Actions = actions;
    }

    /// <summary>The usual prefix, e.g. "queue", "ixn".</summary>
    public string Name { get; }

    public string NamespaceUri { get; }

    /// <summary>The first token of the module's events, e.g. "queue", "interaction".</summary>
    public string EventPrefix { get; }

    public IReadOnlyList<OrsActionInfo> Actions { get; }
}
