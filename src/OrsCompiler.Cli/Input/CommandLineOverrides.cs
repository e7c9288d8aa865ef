using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Cli.Input;

/// <summary>What the command line sets explicitly; it wins over .editorconfig.</summary>
internal sealed record CommandLineOverrides
{
    public static CommandLineOverrides None { get; } = new();

    public Dialect? Dialect { get; init; }

    public bool? PersistenceDefault { get; init; }

    public bool? RestartOnSwitchover { get; init; }

    public TimeSpan? MaxSessionLifetime { get; init; }

    public IReadOnlyDictionary<string, DiagnosticSeverity> Severities { get; init; } =
        new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    public AnalysisOptions ApplyTo(AnalysisOptions options)
    {
        var server = options.Server;
        server = server with
        {
            PersistenceDefault = PersistenceDefault ?? server.PersistenceDefault,
            RestartOnSwitchoverExpected = RestartOnSwitchover ?? server.RestartOnSwitchoverExpected,
            MaxSessionLifetime = MaxSessionLifetime ?? server.MaxSessionLifetime,
        };

        var severities = new Dictionary<string, DiagnosticSeverity>(options.SeverityOverrides, StringComparer.OrdinalIgnoreCase);
        foreach (var pair in Severities)
        {
            severities[pair.Key] = pair.Value;
        }

        return options with { Dialect = Dialect ?? options.Dialect, Server = server, SeverityOverrides = severities };
    }
}
