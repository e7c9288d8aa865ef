using System;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Compilation;
using OrsCompiler.Engine;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Cli.Simulation;

/// <summary>
/// Compiles documents for the engine the way a release does: analyze, compile to a blob, load the blob (so what runs is
/// what Redis would hold). Relative URIs (<c>file:child.scxml</c>, <c>child.scxml</c>) resolve against a folder.
/// </summary>
internal static class CompilingDocumentSources
{
    public static DocumentSources ForFolder(string folder) => new()
    {
        LoadDocument = uri => CompileFile(Resolve(folder, uri)),
        LoadText = uri => File.ReadAllText(Resolve(folder, uri)),
    };

    public static CompiledDocument CompileFile(string path) => Compile(DocumentAnalyzer.AnalyzeFile(path));

    public static CompiledDocument CompileText(string path, string text) => Compile(DocumentAnalyzer.Analyze(new SourceDocument(path, text)));

    private static CompiledDocument Compile(AnalysisResult analysis)
    {
        var result = DocumentCompiler.Compile(analysis);
        if (result.Blob is null)
        {
            var errors = result.Diagnostics.Where(DocumentCompiler.IsBlocking).Select(d => d.ToCanonicalString());
            throw new InvalidOperationException("the document does not compile: " + string.Join("; ", errors));
        }

        return OrsDocumentLoader.Load(result.Blob);
    }

    private static string Resolve(string folder, string uri)
    {
        var path = uri.StartsWith("file://", StringComparison.Ordinal) ? uri.Substring(7)
            : uri.StartsWith("file:", StringComparison.Ordinal) ? uri.Substring(5)
            : uri;
        if (path.Contains("://", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("only files can be loaded, not '" + uri + "'");
        }

        return Path.GetFullPath(Path.Combine(folder, path));
    }
}
