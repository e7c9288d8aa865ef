using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OrsCompiler.Core.Tests.Composer;

/// <summary>The Composer-shaped project under tests/Fixtures/ComposerProject and what each of its documents declares.</summary>
internal static class ComposerFixture
{
    private static readonly Regex Declaration = new(@"fixture-expects:((?:\s+(?:ORS\d{4}|none))+)", RegexOptions.Compiled);

    public static string Root { get; } = RepositoryFolder.Find("tests", "Fixtures", "ComposerProject");

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public static IReadOnlyList<string> Documents() =>
        Directory.EnumerateFiles(Root, "*.scxml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();

    /// <summary>The diagnostic IDs the document's header comment says it may give (all warnings or infos).</summary>
    public static IReadOnlySet<string> DeclaredIds(string path)
    {
        var match = Declaration.Match(File.ReadAllText(path));
        if (!match.Success)
        {
            throw new InvalidDataException($"{path} declares no 'fixture-expects:'");
        }

        return match.Groups[1].Value.Split(' ', '\t', '\r', '\n').Where(t => t.StartsWith("ORS", StringComparison.Ordinal)).ToHashSet();
    }
}
