using System;
using System.Collections.Generic;
using System.IO;

namespace OrsCompiler.Configuration;

/// <summary>
/// Says when a file that cannot be found exists with a different letter case: projects are authored on Windows and
/// built on Linux, where <c>Main3.scxml</c> does not find <c>main3.scxml</c>.
/// </summary>
public static class LetterCaseHint
{
    /// <summary>" ('x' exists with different letter case ...)" for a path that differs only in case, otherwise "".</summary>
    public static string ForMissingFile(string fullPath, Func<string, IEnumerable<string>> listDirectory)
    {
        var actual = FindIgnoringCase(fullPath, listDirectory);
        return actual == null || actual == fullPath ? "" : Describe(fullPath, actual);
    }

    /// <summary>The hint for <paramref name="fullPath"/> among known paths (the analyzer's additional files).</summary>
    public static string ForMissingFile(string fullPath, IEnumerable<string> knownPaths)
    {
        foreach (var known in knownPaths)
        {
            if (known != fullPath && string.Equals(known, fullPath, StringComparison.OrdinalIgnoreCase))
            {
                return Describe(fullPath, known);
            }
        }

        return "";
    }

    private static string Describe(string asked, string actual)
    {
        // Name the differing part: the file name when only that differs, else the whole path.
        var shown = string.Equals(Path.GetDirectoryName(asked), Path.GetDirectoryName(actual), StringComparison.Ordinal)
            ? Path.GetFileName(actual)
            : actual;
        return $"; '{shown}' exists with different letter case (file names are case-sensitive on Linux)";
    }

    // Walks the path one component at a time, taking a case-insensitive match where the exact name is missing.
    private static string? FindIgnoringCase(string fullPath, Func<string, IEnumerable<string>> listDirectory)
    {
        var root = Path.GetPathRoot(fullPath);
        if (string.IsNullOrEmpty(root))
        {
            return null;
        }

        var current = root!;
        var parts = fullPath.Substring(root!.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            string? match = null;
            try
            {
                foreach (var entry in listDirectory(current))
                {
                    var name = Path.GetFileName(entry);
                    if (name == part)
                    {
                        match = name;
                        break;
                    }

                    if (match == null && string.Equals(name, part, StringComparison.OrdinalIgnoreCase))
                    {
                        match = name;
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return null;
            }

            if (match == null)
            {
                return null;
            }

            current = Path.Combine(current, match);
        }

        return current;
    }
}
