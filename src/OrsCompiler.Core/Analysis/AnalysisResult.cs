using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Analysis;

/// <summary>The outcome of analysing one document.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(SourceDocument document, SyntaxTree tree, StateChart? chart, Dialect dialect, IReadOnlyList<Diagnostic> diagnostics)
    {
        Document = document;
        Tree = tree;
        Chart = chart;
        Dialect = dialect;
        Diagnostics = diagnostics;
    }

    public SourceDocument Document { get; }

    public SyntaxTree Tree { get; }

    public StateChart? Chart { get; }

    public Dialect Dialect { get; }

    /// <summary>After suppressions and severity configuration, sorted by file and position; none of severity None.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The main file and every file it includes: what an incremental build must watch.</summary>
    public IEnumerable<string> InputFiles => new[] { Document.Path }.Concat(Tree.IncludedFiles);
}
