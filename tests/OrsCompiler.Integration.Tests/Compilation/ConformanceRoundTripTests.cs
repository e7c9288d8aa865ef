using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using OrsCompiler.Analysis;
using OrsCompiler.Cli.Commands;
using OrsCompiler.Cli.Output;
using OrsCompiler.Compilation;
using OrsCompiler.Integration.Tests.Support;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Tests.Support;

namespace OrsCompiler.Integration.Tests.Compilation;

/// <summary>
/// Every W3C/SCION conformance document: compile -> blob -> load gives back the compiled structure, and an independent
/// MessagePack decoder (@msgpack/msgpack under Node.js) reads every blob exactly as our reader does.
/// </summary>
public sealed class ConformanceRoundTripTests : IClassFixture<ConformanceBuild>
{
    private readonly ConformanceBuild _build;

    public ConformanceRoundTripTests(ConformanceBuild build)
    {
        _build = build;
    }

    [Fact]
    public void Every_conformance_document_compiles_unless_an_error_rejects_it()
    {
        var compiled = _build.Manifest.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var rejected = new System.Collections.Generic.List<string>();
        foreach (var source in _build.Sources)
        {
            var name = Path.ChangeExtension(Path.GetRelativePath(_build.SourceFolder, source), null).Replace('\\', '/');
            var blocking = DocumentAnalyzer.AnalyzeFile(source).Diagnostics.Any(DocumentCompiler.IsBlocking);
            Assert.True(blocking != compiled.Contains(name), name + (blocking ? " has an error but was compiled" : " was not compiled"));
            if (blocking)
            {
                rejected.Add(name);
            }
        }

        Assert.Equal(ConformanceSuite.DocumentCount, _build.Sources.Count());
        Assert.Equal(ExitCodes.Errors, _build.ExitCode);

        // Only documents the suite itself expects a processor to reject (test301: a script that cannot be loaded), and
        // test436, the null data model's test, which ORS (ECMAScript only) cannot run: ORS2017 rejects it for build.
        rejected.Sort(StringComparer.Ordinal);
        Assert.Equal(["w3c-ecma/test301.txml", "w3c-ecma/test436.txml"], rejected);
    }

    [Fact]
    public void Every_blob_loads_to_the_structure_the_compiler_built()
    {
        foreach (var entry in _build.Manifest)
        {
            var analysis = DocumentAnalyzer.AnalyzeFile(_build.SourcePath(entry));
            var compiled = DocumentCompiler.Compile(analysis, new CompileOptions { DocumentName = entry.Name });
            var loaded = OrsDocumentLoader.LoadFile(_build.BlobPath(entry));

            Assert.Equal(compiled.Blob, File.ReadAllBytes(_build.BlobPath(entry)));
            Assert.Equal(entry.Name, loaded.Header.DocumentName);
            Assert.Equal(entry.SourceSha256, loaded.Header.SourceSha256);
            Assert.Equal(SourceHash.Sha256Hex(analysis.Document.Text), loaded.Header.SourceSha256);
            Assert.Equal(CompilerVersion.Current, loaded.Header.CompilerVersion);
            JsonAssert.Equivalent(DocumentJson(compiled.Document!), DocumentJson(loaded));
        }
    }

    [Fact]
    public void Exactly_the_documents_with_expression_errors_carry_invalid_expressions()
    {
        var withErrors = 0;
        foreach (var entry in _build.Manifest)
        {
            var analysis = DocumentAnalyzer.AnalyzeFile(_build.SourcePath(entry));
            var hasExpressionError = analysis.Diagnostics.Any(d => d.Id.StartsWith("ORS3", StringComparison.Ordinal) && d.Severity == Diagnostics.DiagnosticSeverity.Error);
            var invalid = CompiledExpressions.All(OrsDocumentLoader.LoadFile(_build.BlobPath(entry))).Count(e => !e.IsValid);

            Assert.True(hasExpressionError == (invalid > 0), entry.Name + ": expression errors " + hasExpressionError + ", invalid expressions " + invalid);
            withErrors += hasExpressionError ? 1 : 0;
        }

        // The suite deliberately holds documents with bad ECMAScript (return outside functions, truncated expressions...).
        Assert.InRange(withErrors, 5, ConformanceSuite.DocumentCount);
    }

    [Fact]
    public void Node_decodes_every_blob_as_our_reader_does()
    {
        var blobs = _build.Manifest.Select(_build.BlobPath).ToArray();

        var lines = NodeTool.Run("decode-msgpack.mjs", ["--blob", .. blobs]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(blobs.Length, lines.Length);
        foreach (var (line, path) in lines.Zip(blobs))
        {
            var blob = File.ReadAllBytes(path);
            var ours = "{\"values\":" + MessagePackJson.ToJson(blob) + ",\"body\":" + MessagePackJson.ToJson(OrsDocumentLoader.ReadBody(blob).Span) + "}";
            JsonAssert.Equivalent(line, ours);
            using var decoded = JsonDocument.Parse(line);
            var header = decoded.RootElement.GetProperty("values")[1];
            Assert.Equal(OrsDocumentLoader.ReadHeader(blob).DocumentName, header.GetProperty("name").GetString());
        }
    }

    // The "document" part of what orsc inspect prints: every field of the compiled model, by name.
    private static string DocumentJson(CompiledDocument document)
    {
        using var stream = new MemoryStream();
        CompiledDocumentJson.Write(stream, document);
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        return json.RootElement.GetProperty("document").GetRawText();
    }
}
