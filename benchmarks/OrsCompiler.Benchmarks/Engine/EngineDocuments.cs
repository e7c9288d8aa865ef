using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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

    /// <summary>
    /// The scripted conformance documents (each with its NAME.json), in ordinal order of their path; those the compiler
    /// rejects (test436: a null data model, ORS2017) are left out and named in <paramref name="rejected"/>.
    /// </summary>
    public static (string Name, CompiledDocument Document, DocumentSources Sources, EventScript Script)[] Corpus(out string[] rejected)
    {
        var folder = Repository("tests", "node", "node_modules", "@scion-scxml", "test-framework", "test");
        var corpus = new List<(string, CompiledDocument, DocumentSources, EventScript)>();
        var left = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.scxml", SearchOption.AllDirectories)
            .Where(p => File.Exists(Path.ChangeExtension(p, ".json")))
            .OrderBy(p => p, StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var blob = DocumentCompiler.Compile(DocumentAnalyzer.Analyze(new SourceDocument(path, File.ReadAllText(path)))).Blob;
            if (blob is null)
            {
                left.Add(name);
                continue;
            }

            corpus.Add((name, Load(path), SourcesFor(Path.GetDirectoryName(path)!), EventScript.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")))));
        }

        rejected = [.. left];
        return [.. corpus];
    }

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
