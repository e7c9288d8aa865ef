using System.Collections.Generic;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Reporting;

/// <summary>A diagnostic as the report shows it: where, what, the rule page, and the source lines around it.</summary>
public sealed class ReportDiagnostic
{
    public ReportDiagnostic(Diagnostic diagnostic, string displayPath, IReadOnlyList<ExcerptLine> excerpt)
    {
        Diagnostic = diagnostic;
        DisplayPath = displayPath;
        Excerpt = excerpt;
    }

    public Diagnostic Diagnostic { get; }

    /// <summary>The file, relative to the report's base folder where it lies below it.</summary>
    public string DisplayPath { get; }

    /// <summary>The diagnostic's line with one line either side; empty when the source cannot be read.</summary>
    public IReadOnlyList<ExcerptLine> Excerpt { get; }
}
