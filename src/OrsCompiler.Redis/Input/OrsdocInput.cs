using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Runtime;

namespace OrsCompiler.Redis.Input;

/// <summary>
/// Turns files and folders of compiled <c>*.orsdoc</c> blobs (as <c>orsc build -o dir</c> writes them) into documents
/// to publish. A document's name is its header's DocumentName, or else its path relative to the folder given,
/// without extension, with forward slashes.
/// </summary>
public static class OrsdocInput
{
    /// <exception cref="FileNotFoundException">An input does not exist.</exception>
    /// <exception cref="InvalidDocumentBlobException">A file is not a compiled document (the message names it).</exception>
    public static IReadOnlyList<DocumentToPublish> Read(IEnumerable<string> inputs)
    {
        var documents = new List<DocumentToPublish>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input, "*" + OrsDocumentLoader.FileExtension, SearchOption.AllDirectories).OrderBy(path => path, StringComparer.Ordinal);
                documents.AddRange(files.Select(file => ReadFile(file, Path.GetRelativePath(input, file))));
            }
            else if (File.Exists(input))
            {
                documents.Add(ReadFile(input, Path.GetFileName(input)));
            }
            else
            {
                throw new FileNotFoundException($"Input '{input}' is neither a file nor a folder.", input);
            }
        }

        return documents;
    }

    private static DocumentToPublish ReadFile(string path, string relativePath)
    {
        var blob = File.ReadAllBytes(path);
        BlobHeader header;
        try
        {
            header = OrsDocumentLoader.ReadHeader(blob);
        }
        catch (InvalidDocumentBlobException ex)
        {
            throw new InvalidDocumentBlobException($"{path} is not a compiled ORS document: {ex.Message}", ex);
        }

        var name = string.IsNullOrEmpty(header.DocumentName) ? FallbackName(relativePath) : header.DocumentName;
        return new DocumentToPublish(name, blob);
    }

    private static string FallbackName(string relativePath)
    {
        var withoutExtension = relativePath.EndsWith(OrsDocumentLoader.FileExtension, StringComparison.OrdinalIgnoreCase)
            ? relativePath.Substring(0, relativePath.Length - OrsDocumentLoader.FileExtension.Length)
            : relativePath;
        return withoutExtension.Replace(Path.DirectorySeparatorChar, '/').Replace('\\', '/');
    }
}
