using System;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks.Compilation;

/// <summary>The 335 W3C/SCION conformance documents (text read once) and the uncompressed blobs of those that compile.</summary>
internal sealed class ConformanceCorpus
{
    private static readonly Lazy<ConformanceCorpus> Shared = new(() => new ConformanceCorpus());

    private ConformanceCorpus()
    {
        var folder = FindFolder();
        Documents = Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SourceDocument(p, File.ReadAllText(p)))
            .ToArray();
        // A document an error rejects (test301: its script cannot be loaded) has no blob; it stays out of the pairs.
        var compiled = Documents
            .Select(d => (Document: d, Blob: DocumentCompiler.Compile(DocumentAnalyzer.Analyze(d)).Blob))
            .Where(pair => pair.Blob != null)
            .ToArray();
        CompiledSources = compiled.Select(pair => pair.Document).ToArray();
        Blobs = compiled.Select(pair => pair.Blob!).ToArray();
        SourceBytes = CompiledSources.Sum(d => new FileInfo(d.Path).Length);
        BlobBytes = Blobs.Sum(b => (long)b.Length);
    }

    public static ConformanceCorpus Instance => Shared.Value;

    /// <summary>Every conformance document.</summary>
    public SourceDocument[] Documents { get; }

    /// <summary>The documents that compile, and their blobs at the same positions.</summary>
    public SourceDocument[] CompiledSources { get; }

    public byte[][] Blobs { get; }

    /// <summary>The compiled documents' sizes on disk.</summary>
    public long SourceBytes { get; }

    public long BlobBytes { get; }

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
