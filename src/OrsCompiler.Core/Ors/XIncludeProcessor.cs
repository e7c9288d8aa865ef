using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Syntax;
using System.Collections.Generic;

namespace OrsCompiler.Ors;

/// <summary>
/// Resolves XInclude (<c>xi:include</c>) in place: <c>parse="text"</c> becomes character data,
/// <c>parse="xml"</c> splices the included element (with <c>xpointer</c> and the Genesys <c>resolveid</c>).
/// Included files are recorded in <see cref="SyntaxTree.IncludedFiles"/>.
/// </summary>
internal static class XIncludeProcessor
{
    public static void Process(SyntaxTree tree, AnalysisOptions options, List<Diagnostic> diagnostics)
    {
        // Implemented with the ORS dialect (issue 3).
    }
}
