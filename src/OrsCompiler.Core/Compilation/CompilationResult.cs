using OrsCompiler.Analysis;
using OrsCompiler.Runtime;

namespace OrsCompiler.Compilation;

/// <summary>A compiled document and its blob, or nothing when the analysis found errors.</summary>
public sealed class CompilationResult
{
    public CompilationResult(AnalysisResult analysis, CompiledDocument? document, byte[]? blob)
    {
        Analysis = analysis;
        Document = document;
        Blob = blob;
    }

    public AnalysisResult Analysis { get; }

    public CompiledDocument? Document { get; }

    /// <summary>The .orsdoc bytes; null when the document has errors.</summary>
    public byte[]? Blob { get; }

    public bool Success => Blob != null;
}
