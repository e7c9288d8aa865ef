using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using OrsCompiler.Configuration;

namespace OrsCompiler.Analyzers;

/// <summary>
/// Resolves XInclude references among the compilation's additional files. Path arithmetic only (no file access,
/// RS1035): a referenced file that is not an additional file reads as "not found".
/// </summary>
internal sealed class AdditionalFileSourceResolver : ISourceResolver
{
    private readonly Dictionary<string, AdditionalText> _files;
    private readonly CancellationToken _cancellationToken;

    public AdditionalFileSourceResolver(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        _files = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            _files[Normalize(file.Path)] = file;
        }

        _cancellationToken = cancellationToken;
    }

    public string ResolvePath(string referencingFilePath, string reference)
    {
        var directory = Path.GetDirectoryName(referencingFilePath) ?? "";
        return Normalize(Path.Combine(directory, reference.Replace('\\', '/')));
    }

    public string? TryReadText(string fullPath, out string? error)
    {
        if (_files.TryGetValue(Normalize(fullPath), out var file) && file.GetText(_cancellationToken) is { } text)
        {
            error = null;
            return text.ToString();
        }

        error = "file not found among the project's additional files" + LetterCaseHint.ForMissingFile(Normalize(fullPath), _files.Keys);
        return null;
    }

    // Collapses "." and ".." without asking the file system (Path.GetFullPath would).
    private static string Normalize(string path)
    {
        var rooted = path.StartsWith("/", StringComparison.Ordinal) ? "/" : "";
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return rooted + string.Join("/", parts);
    }
}
