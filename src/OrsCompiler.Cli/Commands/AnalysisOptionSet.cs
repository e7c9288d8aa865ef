using System;
using System.Collections.Generic;
using System.CommandLine;
using OrsCompiler.Cli.Input;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Cli.Commands;

/// <summary>
/// The options every analysing command shares (lint, build). Each one mirrors an .editorconfig setting
/// (orsc_dialect, orsc_persistence_default, ..., dotnet_diagnostic.ID.severity) and wins over it.
/// </summary>
internal sealed class AnalysisOptionSet
{
    public Option<Dialect?> Dialect { get; } = new(OptionKeys.Dialect.CommandLineOption)
    {
        Description = "Which SCXML the documents are written in: Auto (decide per document, the default), W3C or Ors.",
    };

    public Option<string[]> Severity { get; } = new("--severity")
    {
        Description = "Override a rule's severity: ID=error|warning|info|none (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool?> PersistenceDefault { get; } = new(OptionKeys.PersistenceDefault.CommandLineOption)
    {
        Description = "ORS scxml/persistence-default: whether documents without _persist are persisted (default false).",
    };

    public Option<bool?> RestartOnSwitchover { get; } = new(OptionKeys.RestartOnSwitchover.CommandLineOption)
    {
        Description = "ORS orchestration/restart-session-on-switchover is expected on (default true): session.restarted must be handled.",
    };

    public Option<string?> MaxSessionLifetime { get; } = new(OptionKeys.MaxSessionLifetime.CommandLineOption)
    {
        Description = "Longest a session may live, e.g. 24h, 90m (default 24h).",
    };

    public IEnumerable<Option> All => new Option[] { Dialect, Severity, PersistenceDefault, RestartOnSwitchover, MaxSessionLifetime };

    /// <summary>Options per document: .editorconfig, then the command line; a malformed value is a usage error (exit 2).</summary>
    public AnalysisOptionsProvider CreateProvider(ParseResult parseResult) => new(CreateOverrides(parseResult));

    /// <summary>What the command line sets explicitly; applied last, it wins over .editorconfig.</summary>
    public OptionOverrides CreateOverrides(ParseResult parseResult)
    {
        // Dialect and the booleans arrive typed from System.CommandLine; the duration goes through the shared parser.
        var problems = new List<OptionProblem>();
        var fromText = OptionOverrides.Read(key => key == OptionKeys.MaxSessionLifetime ? parseResult.GetValue(MaxSessionLifetime) : null, problems);
        if (problems.Count > 0)
        {
            throw new UsageException($"{problems[0].Key.CommandLineOption} '{problems[0].Value}': expected {problems[0].Expected}.");
        }

        return fromText with
        {
            Dialect = parseResult.GetValue(Dialect),
            PersistenceDefault = parseResult.GetValue(PersistenceDefault),
            RestartOnSwitchover = parseResult.GetValue(RestartOnSwitchover),
            Severities = ParseSeverities(parseResult.GetValue(Severity) ?? Array.Empty<string>()),
        };
    }

    private static Dictionary<string, DiagnosticSeverity?> ParseSeverities(IEnumerable<string> values)
    {
        var overrides = new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || DiagnosticCatalog.Find(parts[0]) == null || !Enum.TryParse<DiagnosticSeverity>(parts[1], true, out var severity))
            {
                throw new UsageException($"--severity '{value}': expected ID=error|warning|info|none with an ID of the catalog (e.g. ORS4005=error).");
            }

            overrides[parts[0]] = severity;
        }

        return overrides;
    }
}
