using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Reporting;

/// <summary>Gathers what the report shows of one analysed (and possibly compiled) document.</summary>
public sealed class ReportDocumentBuilder
{
    private readonly string _baseDirectory;
    private readonly StateGraphOptions _graphOptions;
    private readonly string? _dotProgram;
    private readonly bool _renderSvg;

    /// <param name="baseDirectory">Paths in the report are shown relative to this folder when they lie below it.</param>
    /// <param name="renderSvg">Run Graphviz for each diagram; when false (or when dot fails) the report carries the DOT text.</param>
    /// <param name="dotProgram">The dot to run; null for <see cref="GraphvizRenderer.ProgramFromEnvironment"/>.</param>
    /// <param name="graphOptions">What the diagrams show (Composer plumbing folded by default).</param>
    public ReportDocumentBuilder(string baseDirectory, bool renderSvg = true, string? dotProgram = null, StateGraphOptions? graphOptions = null)
    {
        _baseDirectory = Path.GetFullPath(baseDirectory);
        _renderSvg = renderSvg;
        _dotProgram = dotProgram;
        _graphOptions = graphOptions ?? StateGraphOptions.Default;
    }

    /// <summary>Why no SVG can be rendered at all (dot is missing), for the front end to say once.</summary>
    public string? GraphvizProblem { get; private set; }

    public ReportDocument Create(string name, AnalysisResult analysis, IReadOnlyList<Diagnostic>? diagnostics = null, byte[]? blob = null)
    {
        diagnostics ??= analysis.Diagnostics;
        var sources = new Dictionary<string, string?>(StringComparer.Ordinal) { [analysis.Document.Path] = analysis.Document.Text };
        var reported = diagnostics.Select(d => new ReportDiagnostic(d, Display(d.Location.FilePath), Excerpt(d, sources))).ToList();
        var document = new ReportDocument(name, Display(analysis.Document.Path), reported, VerdictOf(analysis, diagnostics));
        if (blob != null)
        {
            document.BlobSize = blob.Length;
            using var sha = SHA256.Create();
            document.BlobSha256 = string.Concat(sha.ComputeHash(blob).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        AddDiagram(document, analysis, diagnostics);
        return document;
    }

    private void AddDiagram(ReportDocument document, AnalysisResult analysis, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (analysis.Chart == null || analysis.Tree.Root == null)
        {
            document.DiagramNote = "No diagram: the document could not be read as a state chart.";
            return;
        }

        StateGraph graph;
        try
        {
            graph = StateGraphBuilder.Build(analysis.Chart, diagnostics, _graphOptions);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A chart the rules reject may still confuse the drawing; the diagnostics matter more than the picture.
            document.DiagramNote = "No diagram: " + e.Message;
            return;
        }

        document.Dot = DotWriter.Write(graph);
        if (!_renderSvg)
        {
            document.DiagramNote = "Diagram rendering was turned off; the DOT text follows.";
            return;
        }

        if (GraphvizProblem != null)
        {
            document.DiagramNote = GraphvizProblem;
            return;
        }

        try
        {
            document.Svg = GraphvizRenderer.RenderSvg(document.Dot, _dotProgram);
        }
        catch (GraphvizUnavailableException e)
        {
            // A missing dot stays missing; a failure or timeout on one graph says nothing of the next.
            GraphvizProblem ??= e.ProgramMissing ? e.Message : null;
            document.DiagramNote = e.Message;
        }
    }

    private static RestartSafetyVerdict VerdictOf(AnalysisResult analysis, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (analysis.Chart == null)
        {
            return RestartSafetyVerdict.NotChecked;
        }

        var findings = diagnostics.Where(d => d.Id.StartsWith(StateGraphBuilder.RestartSafetyPrefix, StringComparison.Ordinal)).ToList();
        return findings.Any(d => d.Severity == DiagnosticSeverity.Error) ? RestartSafetyVerdict.Unsafe
            : findings.Count > 0 ? RestartSafetyVerdict.AtRisk
            : RestartSafetyVerdict.Safe;
    }

    private string Display(string path)
    {
        if (path.Length == 0)
        {
            return path;
        }

        var relative = PathRelativeTo(_baseDirectory, Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }

    private static string PathRelativeTo(string folder, string path)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path;
    }

    private static IReadOnlyList<ExcerptLine> Excerpt(Diagnostic diagnostic, Dictionary<string, string?> sources)
    {
        var path = diagnostic.Location.FilePath;
        if (!sources.TryGetValue(path, out var text))
        {
            text = TryRead(path);
            sources[path] = text;
        }

        if (text == null)
        {
            return Array.Empty<ExcerptLine>();
        }

        var lines = text.Split('\n');
        var target = diagnostic.Location.Start.Line;
        if (target < 1 || target > lines.Length)
        {
            return Array.Empty<ExcerptLine>();
        }

        var excerpt = new List<ExcerptLine>();
        for (var number = Math.Max(1, target - 1); number <= Math.Min(lines.Length, target + 1); number++)
        {
            excerpt.Add(new ExcerptLine(number, Clip(lines[number - 1].TrimEnd('\r')), number == target));
        }

        return excerpt;
    }

    // A minified line would swamp the page: keep the start of it.
    private static string Clip(string line) => line.Length <= 240 ? line : line.Substring(0, 239) + "\u2026";

    private static string? TryRead(string path)
    {
        try
        {
            return path.Length > 0 && File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
