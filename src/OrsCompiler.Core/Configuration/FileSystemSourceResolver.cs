using System;
using System.IO;

namespace OrsCompiler.Configuration;

/// <summary>Resolves references against the file system, relative to the referencing file.</summary>
public sealed class FileSystemSourceResolver : ISourceResolver
{
    public static FileSystemSourceResolver Instance { get; } = new();

    public string ResolvePath(string referencingFilePath, string reference)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(referencingFilePath)) ?? ".";
        return Path.GetFullPath(Path.Combine(directory, reference.Replace('\\', Path.DirectorySeparatorChar)));
    }

    public string? TryReadText(string fullPath, out string? error)
    {
        try
        {
            error = null;
            return File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = e is FileNotFoundException or DirectoryNotFoundException
                ? "file not found" + LetterCaseHint.ForMissingFile(fullPath, Directory.EnumerateFileSystemEntries)
                : e.Message;
            return null;
        }
    }
}
