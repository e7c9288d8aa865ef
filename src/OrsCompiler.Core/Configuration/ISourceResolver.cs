namespace OrsCompiler.Configuration;

/// <summary>
/// Reads files a document refers to (XInclude, &lt;script src&gt;). Front ends supply it: the file system for the CLI and
/// MSBuild, the additional files for the analyzer (which may not touch the file system).
/// </summary>
public interface ISourceResolver
{
    /// <summary>The full path of <paramref name="reference"/> relative to the file that names it.</summary>
    string ResolvePath(string referencingFilePath, string reference);

    /// <summary>The file's text, or null with a reason.</summary>
    string? TryReadText(string fullPath, out string? error);
}
