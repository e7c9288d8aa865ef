using System;
using System.Collections.Generic;

namespace OrsCompiler.Ors;

/// <summary>
/// The Genesys '_' attributes ORS reads on core SCXML elements (reference §2: TechRef81, ECMA, Composer output).
/// Their values are the concern of the rules that use them (restart safety reads _persist).
/// </summary>
public static class OrsExtensionAttributes
{
    public const string Type = "_type";
    public const string Persist = "_persist";
    public const string SendSessionRecovered = "_sendSessionRecovered";
    public const string Description = "_desc";
    public const string Expression = "_expr";

    private static readonly Dictionary<string, string[]> ByElement = new(StringComparer.Ordinal)
    {
        ["scxml"] = new[] { Type, Persist, SendSessionRecovered },
        ["state"] = new[] { Type, Persist },
        ["data"] = new[] { Type, Description },
        ["content"] = new[] { Expression },
    };

    /// <summary>The extension attributes known on a core element (by local name); empty for the others.</summary>
    public static IReadOnlyList<string> For(string elementName) =>
        ByElement.TryGetValue(elementName, out var names) ? names : Array.Empty<string>();

    public static bool IsExtension(string attributeName) => attributeName.StartsWith("_", StringComparison.Ordinal);
}
