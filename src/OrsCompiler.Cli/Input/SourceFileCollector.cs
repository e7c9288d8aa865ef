using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OrsCompiler.Cli.Input;

/// <summary>A document to process and the folder it was found under (for relative names and mirrored outputs).</summary>
internal sealed record SourceFile(string FullPath, string Root)
{
    /// <summary>The path below the input root with forward slashes, e.g. "billing/main.scxml".</summary>
    public string RelativePath => Path.GetRelativePath(Root, FullPath).Replace('\\', '/');
}

/// <summary>Expands command-line inputs (files and folders) into documents, in a stable order.</summary>
internal static class SourceFileCollector
{
    /// <summary>Folders are searched recursively for <paramref name="pattern"/>; a missing input is an error for the caller.</summary>
    public static IReadOnlyList<SourceFile> Collect(IEnumerable<string> inputs, string pattern, out IReadOnlyList<string> missing)
    {
        var files = new List<SourceFile>();
        var notFound = new List<string>();
        foreach (var input in inputs)
        {
            var fullPath = Path.GetFullPath(input);
            if (Directory.Exists(fullPath))
            {
                files.AddRange(Directory
                    .EnumerateFiles(fullPath, pattern, SearchOption.AllDirectories)
                    .Where(f => !IsBuildOutput(fullPath, f))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => new SourceFile(f, fullPath)));
            }
            else if (File.Exists(fullPath))
            {
                files.Add(new SourceFile(fullPath, Path.GetDirectoryName(fullPath)!));
            }
            else
            {
                notFound.Add(input);
            }
        }

        missing = notFound;
        return files.DistinctBy(f => f.FullPath).ToList();
    }

    // bin/ and obj/ hold copies and intermediates, never sources.
    private static bool IsBuildOutput(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        return relative.Split('/').SkipLast(1).Any(segment => segment is "bin" or "obj" or "node_modules");
    }
}
