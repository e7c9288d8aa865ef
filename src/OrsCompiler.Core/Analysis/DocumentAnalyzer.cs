using System;
using System.Collections.Generic;
using System.Threading;
using OrsCompiler.Diagnostics;
using OrsCompiler.Ors;
using OrsCompiler.Model;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Analysis;

/// <summary>
/// Checks a document in one pass and reports every problem: parse, XInclude, build the chart, run every rule,
/// then apply in-document suppressions and configured severities.
/// </summary>
public static class DocumentAnalyzer
{
    public static AnalysisResult Analyze(SourceDocument document, AnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        Analyze(document, options, cancellationToken, probe: null);

    internal static AnalysisResult Analyze(SourceDocument document, AnalysisOptions? options, CancellationToken cancellationToken, IAnalysisProbe? probe)
    {
        options ??= AnalysisOptions.Default;
        probe?.Begin();
        var tree = SyntaxParser.Parse(document, options.Parse);
        probe?.End("parse");
        probe?.Begin();
        var diagnostics = new List<Diagnostic>(tree.Diagnostics);
        if (tree.Root != null)
        {
            XIncludeProcessor.Process(tree, options, diagnostics);
        }

        var dialect = DialectDetector.Detect(tree.Root, options.Dialect);
        probe?.End("xinclude and dialect");
        probe?.Begin();
        var chart = StateChartBuilder.Build(tree, dialect);
        probe?.End("chart");
        var context = new DocumentContext(tree, chart, dialect, options, diagnostics, cancellationToken);
        if (tree.Root != null)
        {
            var cutShort = IsCutShort(diagnostics);
            foreach (var rule in RuleRegistry.All)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((rule.RequiresChart && chart == null) || (cutShort && rule.NeedsWholeChart))
                {
                    continue;
                }

                probe?.Begin();
                Run(rule, context, document);
                probe?.End(rule.GetType().Name);
            }
        }

        probe?.Begin();
        var result = new AnalysisResult(document, tree, chart, dialect, Finish(tree, diagnostics, options));
        probe?.End("suppressions, severities, order");
        return result;
    }

    // Malformed XML (here or in an included file) or a nesting limit left part of the document unread.
    private static bool IsCutShort(List<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor == DiagnosticCatalog.MalformedXml || diagnostic.Descriptor == DiagnosticCatalog.NestingTooDeep)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads and analyses a file; an unreadable file is a diagnostic, not an exception.</summary>
    public static AnalysisResult AnalyzeFile(string path, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= AnalysisOptions.Default;
        var resolver = options.SourceResolver ?? Configuration.FileSystemSourceResolver.Instance;
        var text = resolver.TryReadText(path, out var error);
        if (text == null)
        {
            var document = new SourceDocument(path, "");
            var tree = SyntaxParser.Parse(document, options.Parse);
            var diagnostic = Diagnostic.Create(DiagnosticCatalog.UnreadableFile, Location.ForFile(path), error);
            return new AnalysisResult(document, tree, null, options.Dialect, new[] { diagnostic.WithSeverity(options.GetSeverity(diagnostic.Descriptor)) });
        }

        return Analyze(new SourceDocument(path, text), options, cancellationToken);
    }

    private static void Run(DocumentRule rule, DocumentContext context, SourceDocument document)
    {
        try
        {
            rule.Analyze(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One broken rule must not hide what the others find, nor crash a build.
            context.Report(DiagnosticCatalog.InternalError, context.Tree.Root?.NameLocation ?? Location.ForFile(document.Path), rule.GetType().Name, e.GetBaseException().Message);
        }
    }

    private static IReadOnlyList<Diagnostic> Finish(SyntaxTree tree, List<Diagnostic> diagnostics, AnalysisOptions options)
    {
        if (diagnostics.Count == 0)
        {
            return Array.Empty<Diagnostic>();
        }

        // Loops, not a LINQ chain: this runs for every document, and most have a few findings.
        var suppressions = Suppressions.From(tree);
        var seen = new HashSet<Diagnostic>(DiagnosticIdentity.Instance);
        var kept = new List<(Diagnostic Diagnostic, int Order)>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (suppressions.IsSuppressed(diagnostic))
            {
                continue;
            }

            var configured = diagnostic.WithSeverity(options.GetSeverity(diagnostic.Descriptor));
            if (configured.Severity != DiagnosticSeverity.None && seen.Add(configured))
            {
                kept.Add((configured, kept.Count));
            }
        }

        // The main file first, then by file, position and ID; the order of reporting breaks ties, so the result is stable.
        var mainPath = tree.Document.Path;
        kept.Sort((x, y) =>
        {
            var a = x.Diagnostic.Location;
            var b = y.Diagnostic.Location;
            var order = (a.FilePath == mainPath ? 0 : 1).CompareTo(b.FilePath == mainPath ? 0 : 1);
            order = order != 0 ? order : string.CompareOrdinal(a.FilePath, b.FilePath);
            order = order != 0 ? order : a.Span.Start.CompareTo(b.Span.Start);
            order = order != 0 ? order : string.CompareOrdinal(x.Diagnostic.Id, y.Diagnostic.Id);
            return order != 0 ? order : x.Order.CompareTo(y.Order);
        });
        var result = new Diagnostic[kept.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = kept[i].Diagnostic;
        }

        return result;
    }

    // The same rule at the same place with the same message is reported once.
    private sealed class DiagnosticIdentity : IEqualityComparer<Diagnostic>
    {
        public static readonly DiagnosticIdentity Instance = new();

        public bool Equals(Diagnostic? x, Diagnostic? y) =>
            x != null && y != null && x.Id == y.Id && x.Location == y.Location && x.Message == y.Message;

        public int GetHashCode(Diagnostic obj) => (obj.Id.GetHashCode() * 31) ^ obj.Location.Span.GetHashCode();
    }
}
