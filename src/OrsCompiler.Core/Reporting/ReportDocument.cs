using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Reporting;

/// <summary>One document of a report: its diagnostics, verdict, compiled blob and diagram. Made by <see cref="ReportDocumentBuilder"/>.</summary>
public sealed class ReportDocument
{
    internal ReportDocument(string name, string displayPath, IReadOnlyList<ReportDiagnostic> diagnostics, RestartSafetyVerdict verdict)
    {
        Name = name;
        DisplayPath = displayPath;
        Diagnostics = diagnostics;
        Verdict = verdict;
    }

    public string Name { get; }

    public string DisplayPath { get; }

    public IReadOnlyList<ReportDiagnostic> Diagnostics { get; }

    public RestartSafetyVerdict Verdict { get; }

    public int Errors => Count(DiagnosticSeverity.Error);

    public int Warnings => Count(DiagnosticSeverity.Warning);

    public int Infos => Count(DiagnosticSeverity.Info);

    /// <summary>Size in bytes of the compiled blob; null when the document did not compile (or was not compiled).</summary>
    public long? BlobSize { get; internal set; }

    /// <summary>Lowercase hex SHA-256 of the blob, as the build manifest and Redis releases name it.</summary>
    public string? BlobSha256 { get; internal set; }

    /// <summary>The diagram as inline SVG (from Graphviz dot); null when there is no chart or dot could not run.</summary>
    public string? Svg { get; internal set; }

    /// <summary>The diagram as DOT text; null when no chart could be built.</summary>
    public string? Dot { get; internal set; }

    /// <summary>Why there is no SVG diagram, when there is none.</summary>
    public string? DiagramNote { get; internal set; }

    private int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Diagnostic.Severity == severity);
}
