using System;
using System.Collections.Generic;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Analysis;

/// <summary>Everything that configures one analysis. Immutable; share one instance across documents.</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary><see cref="Dialect.Auto"/> lets each document decide.</summary>
    public Dialect Dialect { get; init; } = Dialect.Auto;

    public ParseOptions Parse { get; init; } = ParseOptions.Default;

    public ServerOptions Server { get; init; } = ServerOptions.Default;

    /// <summary>Severity per diagnostic ID (from .editorconfig, --severity, MSBuild); <see cref="DiagnosticSeverity.None"/> suppresses.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity> SeverityOverrides { get; init; } =
        new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads included files and script sources; null means "none can be read".</summary>
    public ISourceResolver? SourceResolver { get; init; } = FileSystemSourceResolver.Instance;

    public DiagnosticSeverity GetSeverity(DiagnosticDescriptor descriptor) =>
        SeverityOverrides.TryGetValue(descriptor.Id, out var severity) ? severity : descriptor.DefaultSeverity;
}
