namespace OrsCompiler.Diagnostics;

/// <summary>How serious a diagnostic is. <see cref="None"/> suppresses it.</summary>
public enum DiagnosticSeverity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
