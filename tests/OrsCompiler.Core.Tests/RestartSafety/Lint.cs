using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.RestartSafety;

/// <summary>Runs the whole analyzer and keeps the restart-safety findings as "ID line:column" strings.</summary>
internal static class Lint
{
    public const string OrsRoot =
        "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" profile=\"ecmascript\"";

    public static IReadOnlyList<Diagnostic> Analyze(string text, AnalysisOptions? options = null) =>
        DocumentAnalyzer.Analyze(new SourceDocument("t.scxml", text), options).Diagnostics
            .Where(d => d.Id.StartsWith("ORS4", System.StringComparison.Ordinal))
            .ToList();

    /// <summary>"ORS4005 1:2" for each finding of the given IDs (all restart-safety IDs when none are given).</summary>
    public static string[] Findings(string text, AnalysisOptions? options = null, params string[] ids) =>
        Analyze(text, options)
            .Where(d => ids.Length == 0 || ids.Contains(d.Id))
            .Select(d => $"{d.Id} {d.Location.Start.Line}:{d.Location.Start.Column}")
            .ToArray();

    /// <summary>A one-line ORS document: the root's extra attributes, then its content.</summary>
    public static string Ors(string rootAttributes, string content) => $"{OrsRoot} {rootAttributes}>{content}</scxml>";
}
