using System;
using System.Collections.Generic;
using System.IO;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Compilation;

/// <summary>Compiles an analysed document into the runtime's <see cref="CompiledDocument"/> and its blob.</summary>
public static class DocumentCompiler
{
    /// <summary>
    /// Errors in the analysis stop compilation (a result without a blob) - except ORS3xxx expression errors: the
    /// expression is compiled marked invalid and an engine raises <c>error.execution</c> when it reaches it, as SCXML
    /// requires. Warnings never stop it. Deterministic: the same analysis and options give byte-identical blobs.
    /// </summary>
    public static CompilationResult Compile(AnalysisResult analysis, CompileOptions? options = null)
    {
        if (analysis is null)
        {
            throw new ArgumentNullException(nameof(analysis));
        }

        options ??= CompileOptions.Default;
        if (HasBlockingErrors(analysis.Diagnostics))
        {
            return CompilationResult.Failed(analysis, analysis.Diagnostics);
        }

        if (analysis.Chart is not { } chart)
        {
            // Only when the errors that explain it were configured down to warnings: still not compilable.
            return Failure(analysis, "the document has no <scxml> state chart to compile (see the other diagnostics)");
        }

        try
        {
            var document = ChartCompiler.Compile(chart, new ExpressionMarker(analysis.Diagnostics));
            var blob = DocumentBlobWriter.Write(document, new BlobWriteOptions
            {
                Compress = options.Compress,
                CompressThreshold = options.CompressThreshold,
                CompilerVersion = CompilerVersion.Current,
                DocumentName = options.DocumentName ?? Path.GetFileNameWithoutExtension(analysis.Document.Path),
                SourceSha256 = SourceHash.Sha256Hex(analysis.Document.Text),
            }, out var header);
            return new CompilationResult(analysis, document, blob, header, analysis.Diagnostics);
        }
        catch (Exception e) when (e is CompilationException or InvalidDocumentBlobException)
        {
            // A document the validator let through but the compiler cannot represent: a gap in the rules, reported, not thrown.
            return Failure(analysis, e.Message);
        }
    }

    private static CompilationResult Failure(AnalysisResult analysis, string problem)
    {
        var location = analysis.Tree.Root?.NameLocation ?? Text.Location.ForFile(analysis.Document.Path);
        var diagnostics = new List<Diagnostic>(analysis.Diagnostics) { Diagnostic.Create(DiagnosticCatalog.InternalError, location, "compiler", problem) };
        return CompilationResult.Failed(analysis, diagnostics);
    }

    /// <summary>An error stops compilation unless it is an expression error (ORS3xxx), which only marks its expression invalid.</summary>
    public static bool IsBlocking(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Descriptor.Category != DiagnosticCategory.Expressions;

    private static bool HasBlockingErrors(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (IsBlocking(diagnostic))
            {
                return true;
            }
        }

        return false;
    }
}
