using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Engine;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks.Engine;

/// <summary>Documents compiled and loaded once (child documents too), so that only interpretation is timed.</summary>
internal static class EngineDocuments
{
    private static readonly ConcurrentDictionary<string, CompiledDocument> Cache = new(StringComparer.Ordinal);

    public static CompiledDocument Load(string path) => Cache.GetOrAdd(Path.GetFullPath(path), p => Compile(new SourceDocument(p, File.ReadAllText(p))));

    public static DocumentSources SourcesFor(string folder) => new()
    {
        LoadDocument = uri => Load(Path.Combine(folder, uri.StartsWith("file:", StringComparison.Ordinal) ? uri.Substring(5) : uri)),
        LoadText = uri => File.ReadAllText(Path.Combine(folder, uri.StartsWith("file:", StringComparison.Ordinal) ? uri.Substring(5) : uri)),
    };

    public static string Repository(params string[] relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, Path.Combine(relative));
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(Path.Combine(relative) + " not found: run build/install-test-prerequisites.sh for the conformance documents.");
    }

    private static CompiledDocument Compile(SourceDocument source) =>
        OrsDocumentLoader.Load(DocumentCompiler.Compile(DocumentAnalyzer.Analyze(source)).Blob ?? throw new InvalidOperationException(source.Path + " does not compile"));
}
