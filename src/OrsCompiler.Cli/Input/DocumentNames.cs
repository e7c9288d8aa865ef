using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Cli.Commands;

namespace OrsCompiler.Cli.Input;

/// <summary>A source file and its logical document name, e.g. "billing/main" for billing/main.scxml.</summary>
internal sealed record NamedSource(SourceFile File, string Name);

/// <summary>
/// Names documents by their path below the input root, without extension, with forward slashes. The input root is the
/// deepest folder that contains every input (a folder argument itself, a file argument's folder): one folder keeps
/// names relative to it, and two inputs with the same file name in different folders never get the same name.
/// </summary>
internal static class DocumentNames
{
    /// <exception cref="UsageException">Two documents would get names that differ only by case (or not at all).</exception>
    public static IReadOnlyList<NamedSource> Assign(IReadOnlyList<SourceFile> files)
    {
        if (files.Count == 0)
        {
            return Array.Empty<NamedSource>();
        }

        var root = CommonRoot(files.Select(f => f.Root).Distinct(StringComparer.Ordinal).ToList());
        var named = files.Select(f => new NamedSource(f, NameOf(root, f.FullPath))).ToList();

        // Case-insensitive: the outputs must not overwrite each other on Windows and macOS file systems either.
        var clash = named.GroupBy(n => n.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash != null)
        {
            throw new UsageException($"documents {string.Join(" and ", clash.Select(n => n.File.FullPath))} would both be named '{clash.Key}'; rename one of them.");
        }

        return named;
    }

    private static string NameOf(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var extension = Path.GetExtension(relative);
        return relative.Substring(0, relative.Length - extension.Length);
    }

    private static string CommonRoot(IReadOnlyList<string> folders)
    {
        var common = Segments(folders[0]);
        foreach (var folder in folders.Skip(1))
        {
            var segments = Segments(folder);
            var shared = 0;
            while (shared < common.Length && shared < segments.Length && string.Equals(common[shared], segments[shared], StringComparison.Ordinal))
            {
                shared++;
            }

            common = common.Take(shared).ToArray();
        }

        if (common.Length == 0)
        {
            throw new UsageException($"the inputs {string.Join(", ", folders)} share no common folder (different drives?); build them separately.");
        }

        // Segments of a rooted path: "/" on Unix, "C:\" on Windows, then the folder names.
        return Path.Combine(common);
    }

    private static string[] Segments(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath) ?? "";
        var rest = fullPath.Substring(root.Length).Split(new[] { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar }, StringSplitOptions.RemoveEmptyEntries);
        return new[] { root }.Concat(rest).ToArray();
    }
}
