using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Cli.Commands;

/// <summary>The options every analysing command shares (lint, build): dialect, ORS server options, severities.</summary>
internal sealed class AnalysisOptionSet
{
    public Option<Dialect> Dialect { get; } = new("--dialect")
    {
        Description = "Which SCXML the documents are written in: Auto (decide per document), W3C or Ors.",
        DefaultValueFactory = _ => Model.Dialect.Auto,
    };

    public Option<string[]> Severity { get; } = new("--severity")
    {
        Description = "Override a rule's severity: ID=error|warning|info|none (repeatable).",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool?> PersistenceDefault { get; } = new("--persistence-default")
    {
        Description = "ORS scxml/persistence-default: whether documents without _persist are persisted (default false).",
    };

    public Option<bool?> RestartOnSwitchover { get; } = new("--restart-on-switchover")
    {
        Description = "ORS orchestration/restart-session-on-switchover is expected on (default true): session.restarted must be handled.",
    };

    public Option<string?> MaxSessionLifetime { get; } = new("--max-session-lifetime")
    {
        Description = "Longest a session may live, e.g. 24h, 90m (default 24h).",
    };

    public IEnumerable<Option> All => new Option[] { Dialect, Severity, PersistenceDefault, RestartOnSwitchover, MaxSessionLifetime };

    /// <summary>The options the command line asks for; a malformed value is a usage error (exit 2).</summary>
    public AnalysisOptions Create(ParseResult parseResult)
    {
        var server = Configuration.ServerOptions.Default;
        if (parseResult.GetValue(PersistenceDefault) is bool persistence)
        {
            server = server with { PersistenceDefault = persistence };
        }

        if (parseResult.GetValue(RestartOnSwitchover) is bool restart)
        {
            server = server with { RestartOnSwitchoverExpected = restart };
        }

        if (parseResult.GetValue(MaxSessionLifetime) is { } lifetime)
        {
            server = server with { MaxSessionLifetime = DurationParser.Parse(lifetime) };
        }

        return new AnalysisOptions
        {
            Dialect = parseResult.GetValue(Dialect),
            Server = server,
            SeverityOverrides = ParseSeverities(parseResult.GetValue(Severity) ?? Array.Empty<string>()),
        };
    }

    private static Dictionary<string, DiagnosticSeverity> ParseSeverities(IEnumerable<string> values)
    {
        var overrides = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
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
