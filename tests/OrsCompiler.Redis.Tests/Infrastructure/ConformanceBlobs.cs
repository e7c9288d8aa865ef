using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Text;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>The W3C/SCION conformance documents compiled by our compiler, once per test run: real blobs to publish.</summary>
internal static class ConformanceBlobs
{
    private static readonly Lazy<IReadOnlyList<DocumentToPublish>> Shared = new(Compile);

    /// <summary>Every conformance document that compiles, named by its path under the suite folder.</summary>
    public static IReadOnlyList<DocumentToPublish> Documents => Shared.Value;

    /// <summary>The same document with a new blob (written again under another compiler version), as a change would give.</summary>
    public static DocumentToPublish Changed(DocumentToPublish document) =>
        new(document.Name, DocumentBlobWriter.Write(
            OrsDocumentLoader.Load(document.Blob.ToArray()),
            new BlobWriteOptions { CompilerVersion = "changed", DocumentName = document.Name }));

    private static IReadOnlyList<DocumentToPublish> Compile()
    {
        var folder = FindFolder();
        return Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories)
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => (Name: Path.GetRelativePath(folder, path).Replace('\\', '/'), Blob: DocumentCompiler.Compile(DocumentAnalyzer.Analyze(new SourceDocument(path, File.ReadAllText(path)))).Blob))
            .Where(compiled => compiled.Blob != null)
            .Select(compiled => new DocumentToPublish(compiled.Name, compiled.Blob!))
            .ToList();
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "node", "node_modules", "@scion-scxml", "test-framework", "test");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The conformance documents are missing: run build/install-test-prerequisites.sh.");
    }
}
