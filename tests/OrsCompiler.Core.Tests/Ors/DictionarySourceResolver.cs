using System.Collections.Generic;
using OrsCompiler.Configuration;

namespace OrsCompiler.Core.Tests.Ors;

/// <summary>An in-memory file set (as the analyzer's additional files are): paths are "dir/name", resolved relative to the referencing file.</summary>
internal sealed class DictionarySourceResolver : ISourceResolver
{
    private readonly Dictionary<string, string> _files;

    public DictionarySourceResolver(Dictionary<string, string> files)
    {
        _files = files;
    }

    public string ResolvePath(string referencingFilePath, string reference)
    {
        var slash = referencingFilePath.LastIndexOf('/');
        return slash < 0 ? reference : referencingFilePath.Substring(0, slash + 1) + reference;
    }

    public string? TryReadText(string fullPath, out string? error)
    {
        error = _files.ContainsKey(fullPath) ? null : "file not found";
        return _files.TryGetValue(fullPath, out var text) ? text : null;
    }
}
