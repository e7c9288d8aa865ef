using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Analyzers;

/// <summary>
/// <c>dotnet_diagnostic.ID.severity</c> from the .editorconfig files, for a document path.
/// </summary>
/// <remarks>
/// Roslyn keeps these keys out of <c>AnalyzerConfigOptions</c> (they become per-syntax-tree severities, and an
/// additional file has no syntax tree: dotnet/roslyn#31916), so <c>GetOptions(additionalText)</c> never shows them.
/// The package's targets therefore pass the .editorconfig files above the strategies as additional files too, and
/// they are parsed here with Roslyn's own <see cref="AnalyzerConfigSet"/>, so sections, globs and root=true behave
/// exactly as for C# files.
/// </remarks>
internal sealed class EditorConfigSeverities
{
    private readonly AnalyzerConfigSet? _set;

    public EditorConfigSeverities(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var configs = files
            .Where(f => string.Equals(Path.GetFileName(f.Path), ".editorconfig", StringComparison.OrdinalIgnoreCase))
            .Select(f => (f.Path, Text: f.GetText(cancellationToken)))
            .Where(f => f.Text != null)
            .Select(f => AnalyzerConfig.Parse(f.Text!, f.Path))
            .ToArray();
        _set = configs.Length == 0 ? null : AnalyzerConfigSet.Create(configs);
    }

    public Dictionary<string, Diagnostics.DiagnosticSeverity> For(string documentPath)
    {
        var severities = new Dictionary<string, Diagnostics.DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        if (_set == null)
        {
            return severities;
        }

        foreach (var pair in _set.GetOptionsForSourcePath(documentPath).TreeOptions)
        {
            if (DiagnosticCatalog.Find(pair.Key) is { } descriptor && ToSeverity(pair.Value) is { } severity)
            {
                severities[descriptor.Id] = severity;
            }
        }

        return severities;
    }

    private static Diagnostics.DiagnosticSeverity? ToSeverity(ReportDiagnostic value) => value switch
    {
        ReportDiagnostic.Error => Diagnostics.DiagnosticSeverity.Error,
        ReportDiagnostic.Warn => Diagnostics.DiagnosticSeverity.Warning,
        ReportDiagnostic.Info => Diagnostics.DiagnosticSeverity.Info,
        ReportDiagnostic.Hidden or ReportDiagnostic.Suppress => Diagnostics.DiagnosticSeverity.None,
        _ => null,
    };
}
