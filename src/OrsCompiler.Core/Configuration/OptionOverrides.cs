using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Configuration;

/// <summary>
/// The options one source sets (project properties, an .editorconfig, item metadata, the command line); null means
/// "not set here". Every front end layers its sources with <see cref="ApplyTo"/>, general to specific, so a more
/// specific source wins.
/// </summary>
public sealed record OptionOverrides
{
    public static OptionOverrides None { get; } = new();

    public Dialect? Dialect { get; init; }

    public bool? PersistenceDefault { get; init; }

    public bool? RestartOnSwitchover { get; init; }

    public TimeSpan? MaxSessionLifetime { get; init; }

    /// <summary>Severity per diagnostic ID; a null value puts the rule back to its default severity.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?> Severities { get; init; } =
        new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the four options by key (<paramref name="read"/> returns null or empty for "not set"). A malformed value
    /// leaves its option unset and is added to <paramref name="problems"/>.
    /// </summary>
    public static OptionOverrides Read(Func<OptionKey, string?> read, ICollection<OptionProblem>? problems = null)
    {
        return new OptionOverrides
        {
            PersistenceDefault = Parse<bool?>(OptionKeys.PersistenceDefault, (string? v, out bool? r) => OptionValue.TryParseBool(v, out r)),
            RestartOnSwitchover = Parse<bool?>(OptionKeys.RestartOnSwitchover, (string? v, out bool? r) => OptionValue.TryParseBool(v, out r)),
            MaxSessionLifetime = Parse<TimeSpan?>(OptionKeys.MaxSessionLifetime, (string? v, out TimeSpan? r) => OptionValue.TryParseTimeSpan(v, out r)),
            Dialect = Parse<Dialect?>(OptionKeys.Dialect, (string? v, out Dialect? r) => OptionValue.TryParseDialect(v, out r)),
        };

        T? Parse<T>(OptionKey key, TryParse<T> tryParse)
        {
            var value = read(key);
            if (tryParse(value, out var result))
            {
                return result;
            }

            problems?.Add(new OptionProblem(key, value!));
            return default;
        }
    }

    /// <summary>These settings replace the corresponding values of <paramref name="options"/>.</summary>
    public AnalysisOptions ApplyTo(AnalysisOptions options)
    {
        // Unchanged server options stay the same instance (the default is shared).
        var server = PersistenceDefault == null && RestartOnSwitchover == null && MaxSessionLifetime == null
            ? options.Server
            : options.Server with
            {
                PersistenceDefault = PersistenceDefault ?? options.Server.PersistenceDefault,
                RestartOnSwitchoverExpected = RestartOnSwitchover ?? options.Server.RestartOnSwitchoverExpected,
                MaxSessionLifetime = MaxSessionLifetime ?? options.Server.MaxSessionLifetime,
            };

        var severities = options.SeverityOverrides;
        if (Severities.Count > 0)
        {
            var merged = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
            foreach (var existing in options.SeverityOverrides)
            {
                merged[existing.Key] = existing.Value;
            }

            foreach (var pair in Severities)
            {
                if (pair.Value is { } severity)
                {
                    merged[pair.Key] = severity;
                }
                else
                {
                    merged.Remove(pair.Key);
                }
            }

            severities = merged;
        }

        return options with { Dialect = Dialect ?? options.Dialect, Server = server, SeverityOverrides = severities };
    }

    private delegate bool TryParse<T>(string? value, out T result);
}
