using System;
using System.Collections.Generic;
using System.Threading;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Analysis;

/// <summary>What a rule sees of one document, and where it reports.</summary>
public sealed class DocumentContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<Type, object> _shared = new();

    internal DocumentContext(SyntaxTree tree, StateChart? chart, Dialect dialect, AnalysisOptions options, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Tree = tree;
        Chart = chart;
        Dialect = dialect;
        Options = options;
        _diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public SyntaxTree Tree { get; }

    /// <summary>Null when the document has no usable &lt;scxml&gt; root.</summary>
    public StateChart? Chart { get; }

    public Dialect Dialect { get; }

    public AnalysisOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The diagnostics reported so far (rules that depend on earlier findings may read them).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>An analysis that several rules need (reachability, waiting states...), built once per document.</summary>
    public T GetShared<T>(Func<DocumentContext, T> create)
        where T : class
    {
        if (!_shared.TryGetValue(typeof(T), out var value))
        {
            value = create(this);
            _shared.Add(typeof(T), value);
        }

        return (T)value;
    }
}
