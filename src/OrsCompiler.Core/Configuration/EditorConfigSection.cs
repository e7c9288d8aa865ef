using System;
using System.Collections.Generic;

namespace OrsCompiler.Configuration;

/// <summary>A <c>[glob]</c> section of an .editorconfig file and its properties (keys lower-cased).</summary>
public sealed class EditorConfigSection
{
    internal EditorConfigSection(EditorConfigGlob glob)
    {
        Glob = glob;
    }

    public EditorConfigGlob Glob { get; }

    public IReadOnlyDictionary<string, string> Properties => Values;

    internal Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
}
