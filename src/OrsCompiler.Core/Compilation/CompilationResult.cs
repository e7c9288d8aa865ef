using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Compilation;

/// <summary>A compiled document and its blob, or nothing when the document has errors.</summary>
public sealed class CompilationResult
{
    internal CompilationResult(AnalysisResult analysis, CompiledDocument? document, byte[]? blob, BlobHeader? header, IReadOnlyList<Diagnostic> diagnostics)
    {
        Analysis = analysis;
        Document = document;
        Blob = blob;
        Header = header;
        Diagnostics = diagnostics;
    }

    public AnalysisResult Analysis { get; }

    /// <summary>The compiled document (its <see cref="CompiledDocument.Header"/> is the default: the blob's is <see cref="Header"/>); null on failure.</summary>
    public CompiledDocument? Document { get; }

    /// <summary>The .orsdoc bytes; null when the document has errors.</summary>
    public byte[]? Blob { get; }

    /// <summary>The header written at the start of <see cref="Blob"/> (source and payload hashes, compression); null on failure.</summary>
    public BlobHeader? Header { get; }

    /// <summary>The analysis diagnostics, plus an internal-error diagnostic when the compiler itself could not go on.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Success => Blob != null;

    internal static CompilationResult Failed(AnalysisResult analysis, IReadOnlyList<Diagnostic> diagnostics) => new(analysis, null, null, null, diagnostics);
}
