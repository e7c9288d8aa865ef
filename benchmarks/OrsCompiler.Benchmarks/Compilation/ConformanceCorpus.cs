using System;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks.Compilation;

/// <summary>The 335 W3C/SCION conformance documents (text read once) and their uncompressed blobs.</summary>
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
        Blobs = Documents.Select(d => DocumentCompiler.Compile(DocumentAnalyzer.Analyze(d)).Blob
                                      ?? throw new InvalidOperationException(d.Path + " does not compile.")).ToArray();
        SourceBytes = Documents.Sum(d => new FileInfo(d.Path).Length);
        BlobBytes = Blobs.Sum(b => (long)b.Length);
    }

    public static ConformanceCorpus Instance => Shared.Value;

    public SourceDocument[] Documents { get; }

    public byte[][] Blobs { get; }

    /// <summary>The files' sizes on disk.</summary>
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
