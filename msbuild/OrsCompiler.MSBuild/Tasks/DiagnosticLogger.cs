using System.Collections.Generic;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// Reports analysis diagnostics through MSBuild's logger with file, start and end position, code and help link, so they
/// print in the canonical <c>file(line,col,endLine,endCol): warning ORS4001: message</c> form and reach the IDE error list.
/// </summary>
/// <remarks>
/// MSBuild already applies <c>NoWarn</c> and <c>WarningsAsErrors</c> to task warnings by code (Microsoft.Common targets
/// map them to MSBuildWarningsAsMessages/MSBuildWarningsAsErrors), so they are not applied again here.
/// <c>TreatWarningsAsErrors</c> only reaches the C# compiler, so this logger applies it, minus <c>NoWarn</c> and
/// <c>WarningsNotAsErrors</c>, like csc does.
/// </remarks>
internal sealed class DiagnosticLogger
{
    /// <summary>Raises one of the catalog's build diagnostics (ORS0xxx) at a file, with the catalog's message and help link.</summary>
    /// <remarks>The targets raise ORS0003 (<see cref="DiagnosticCatalog.PublishSettingsMissing"/>) themselves.</remarks>
    public static void LogBuildError(TaskLoggingHelper log, DiagnosticDescriptor descriptor, string file, params object?[] arguments) =>
        log.LogError(null, descriptor.Id, null, descriptor.HelpUri, file, 0, 0, 0, 0,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments));

    /// <summary>The build report (OrsReport=true) could not be written.</summary>
    public const string ReportCode = "ORS0005";

    private readonly TaskLoggingHelper _log;
    private readonly bool _treatWarningsAsErrors;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly HashSet<string> _noWarn;

    public DiagnosticLogger(TaskLoggingHelper log, bool treatWarningsAsErrors, HashSet<string> warningsAsErrors, HashSet<string> warningsNotAsErrors, HashSet<string> noWarn)
    {
        _log = log;
        _treatWarningsAsErrors = treatWarningsAsErrors;
        _warningsAsErrors = warningsAsErrors;
        _warningsNotAsErrors = warningsNotAsErrors;
        _noWarn = noWarn;
    }

    // Messages go in without arguments: MSBuild formats (and would trip on '{') only when arguments are given.
    public void Log(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Log(diagnostic);
        }
    }

    /// <summary>Whether the build fails on these diagnostics (then no blob is written, so the next build reports them again).</summary>
    public bool FailsBuild(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && !_noWarn.Contains(d.Id) && (_warningsAsErrors.Contains(d.Id) || PromotedByTreatWarningsAsErrors(d))));

    private void Log(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var file = location.FilePath;
        int line = location.Start.Line, column = location.Start.Column, endLine = location.End.Line, endColumn = location.End.Column;
        var helpLink = diagnostic.Descriptor.HelpUri;
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                _log.LogError(null, diagnostic.Id, null, helpLink, file, line, column, endLine, endColumn, diagnostic.Message);
                break;

            case DiagnosticSeverity.Warning when PromotedByTreatWarningsAsErrors(diagnostic):
                _log.LogError(null, diagnostic.Id, null, helpLink, file, line, column, endLine, endColumn, diagnostic.Message);
                break;

            case DiagnosticSeverity.Warning:
                _log.LogWarning(null, diagnostic.Id, null, helpLink, file, line, column, endLine, endColumn, diagnostic.Message);
                break;

            case DiagnosticSeverity.Info:
                _log.LogMessage(null, diagnostic.Id, null, file, line, column, endLine, endColumn, MessageImportance.Normal, diagnostic.Message);
                break;
        }
    }

    private bool PromotedByTreatWarningsAsErrors(Diagnostic diagnostic) =>
        _treatWarningsAsErrors && !_noWarn.Contains(diagnostic.Id) && !_warningsNotAsErrors.Contains(diagnostic.Id);
}
