using System;
using System.Collections.Generic;
using System.Linq;

namespace OrsCompiler.Analysis;

/// <summary>Every <see cref="DocumentRule"/> in this assembly, created once, in a stable order.</summary>
public static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<DocumentRule>> AllRules = new(() =>
        typeof(DocumentRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DocumentRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DocumentRule)Activator.CreateInstance(t)!)
            .ToArray());

    public static IReadOnlyList<DocumentRule> All => AllRules.Value;
}
