using System;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Core.Tests.Ors;

/// <summary>The ORS documents under TestDocuments/Ors, analysed from disk as the CLI would.</summary>
internal static class OrsTestDocuments
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "TestDocuments", "Ors");

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    public static AnalysisResult Analyze(params string[] parts) => DocumentAnalyzer.AnalyzeFile(PathOf(parts));

    public static string Describe(AnalysisResult result) =>
        string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToCanonicalString()));

    /// <summary>Errors, and warnings other than restart-safety advice (ORS4xxx): what a realistic document must not get.</summary>
    public static Diagnostic[] Problems(AnalysisResult result) =>
        result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning && !d.Id.StartsWith("ORS4", StringComparison.Ordinal))
            .ToArray();
}
