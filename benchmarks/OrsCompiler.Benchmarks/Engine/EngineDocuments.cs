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
            if (TryLoad(path) is not { } document)
            {
                left.Add(name);
                continue;
            }

            corpus.Add((name, document, SourcesFor(Path.GetDirectoryName(path)!), EventScript.Parse(File.ReadAllText(Path.ChangeExtension(path, ".json")))));
        }

        rejected = [.. left];
        return [.. corpus];
    }

    /// <summary>Runs every corpus document through its event script: one macrostep for the start and one per event.</summary>
    public static int RunCorpus(IEnumerable<(CompiledDocument Document, DocumentSources Sources, EventScript Script)> corpus)
    {
        var macrosteps = 0;
        foreach (var (document, sources, script) in corpus)
        {
            var interpreter = new ScxmlInterpreter(null, sources);
            var session = interpreter.Start(document);
            macrosteps++;
            foreach (var step in script.Steps)
            {
                interpreter.Advance(step.After);
                interpreter.Send(session, step.Event);
                macrosteps++;
            }
        }

        return macrosteps;
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
        TryCompile(source) ?? throw new InvalidOperationException(source.Path + " does not compile");

    // A document the compiler rejects is compiled once and not cached: the corpus leaves it out.
    private static CompiledDocument? TryLoad(string path)
    {
        var full = Path.GetFullPath(path);
        if (Cache.TryGetValue(full, out var cached))
        {
            return cached;
        }

        var document = TryCompile(new SourceDocument(full, File.ReadAllText(full)));
        return document is null ? null : Cache.GetOrAdd(full, document);
    }

    private static CompiledDocument? TryCompile(SourceDocument source) =>
        DocumentCompiler.Compile(DocumentAnalyzer.Analyze(source)).Blob is { } blob ? OrsDocumentLoader.Load(blob) : null;
}
