using System;
using OrsCompiler.Analysis;

namespace OrsCompiler.Compilation;

/// <summary>Compiles an analysed document into the runtime's <see cref="Runtime.CompiledDocument"/> and its blob.</summary>
public static class DocumentCompiler
{
    /// <summary>Errors in the analysis stop compilation (result without a blob); warnings do not.</summary>
    public static CompilationResult Compile(AnalysisResult analysis, CompileOptions? options = null) =>
        throw new NotImplementedException("Implemented with the compiler (issue 5).");
}
