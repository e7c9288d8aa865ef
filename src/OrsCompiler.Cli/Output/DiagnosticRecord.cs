using System.IO;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Cli.Output;

/// <summary>A diagnostic with the path to show for it (relative to the working folder where possible).</summary>
internal sealed record DiagnosticRecord(Diagnostic Diagnostic, string DisplayPath)
{
    public static DiagnosticRecord From(Diagnostic diagnostic, string baseDirectory)
    {
        var path = diagnostic.Location.FilePath;
        var relative = Path.GetRelativePath(baseDirectory, path);
        var display = relative.StartsWith("..", System.StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
        return new DiagnosticRecord(diagnostic, display.Replace('\\', '/'));
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "none",
    };
}
