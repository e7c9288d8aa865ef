using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using OrsCompiler.Analysis;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Analyzers;

/// <summary>
/// Builds the analysis options of one document from what the compiler passes the analyzer. Precedence matches the
/// MSBuild task: defaults, then the project properties (<see cref="OptionKey.AnalyzerGlobalKey"/>), then the
/// .editorconfig sections that match the file (<see cref="OptionKey.EditorConfigKey"/> and <c>dotnet_diagnostic.ID.severity</c>).
/// </summary>
/// <remarks>
/// Roslyn applies .globalconfig severities to these diagnostics itself; .editorconfig ones come from
/// <see cref="EditorConfigSeverities"/> and are applied through the core, as the CLI and the MSBuild task apply them.
/// Malformed values are ignored here: the build (the MSBuild task) reports them.
/// </remarks>
internal static class AnalyzerOptionsReader
{
    public static AnalysisOptions Read(AnalyzerConfigOptions global, AnalyzerConfigOptions file, IReadOnlyDictionary<string, DiagnosticSeverity> severities, ISourceResolver resolver)
    {
        var project = OptionOverrides.Read(key => Get(global, key.AnalyzerGlobalKey));
        var editorConfig = OptionOverrides.Read(key => Get(file, key.EditorConfigKey)) with { Severities = Nullable(severities) };
        return editorConfig.ApplyTo(project.ApplyTo(AnalysisOptions.Default with { SourceResolver = resolver }));
    }

    private static Dictionary<string, DiagnosticSeverity?> Nullable(IReadOnlyDictionary<string, DiagnosticSeverity> severities)
    {
        var result = new Dictionary<string, DiagnosticSeverity?>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var pair in severities)
        {
            result[pair.Key] = pair.Value;
        }

        return result;
    }

    private static string? Get(AnalyzerConfigOptions options, string key) => options.TryGetValue(key, out var value) ? value : null;
}
