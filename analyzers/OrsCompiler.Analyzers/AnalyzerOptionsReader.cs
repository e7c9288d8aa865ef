using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;
using OrsCompiler.Analysis;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Analyzers;

/// <summary>
/// Builds the analysis options of one document from what the compiler passes the analyzer. Precedence matches the
/// MSBuild task: defaults, then the project properties (<c>build_property.OrsPersistenceDefault</c>...), then the
/// .editorconfig sections that match the file (<c>orsc_*</c> keys and <c>dotnet_diagnostic.ID.severity</c>).
/// </summary>
/// <remarks>
/// Roslyn applies .globalconfig severities to these diagnostics itself; .editorconfig ones come from
/// <see cref="EditorConfigSeverities"/> and are applied through the core, as the CLI and the MSBuild task apply them.
/// Malformed values are ignored here: the build (the MSBuild task) reports them.
/// </remarks>
internal static class AnalyzerOptionsReader
{
    public static AnalysisOptions Read(AnalyzerConfigOptions global, AnalyzerConfigOptions file, IReadOnlyDictionary<string, DiagnosticSeverity> severities, ISourceResolver resolver)
    {
        var server = ServerOptions.Default;
        server = Apply(server, name => global.TryGetValue("build_property.Ors" + name, out var v) ? v : null);
        server = Apply(server, name => file.TryGetValue(EditorConfigKey(name), out var v) ? v : null);

        var dialect = Dialect.Auto;
        foreach (var value in new[] { Get(global, "build_property.OrsDialect"), Get(file, "orsc_dialect") })
        {
            if (OptionValue.TryParseDialect(value, out var parsed) && parsed != null)
            {
                dialect = parsed.Value;
            }
        }

        return AnalysisOptions.Default with
        {
            Dialect = dialect,
            Server = server,
            SeverityOverrides = severities,
            SourceResolver = resolver,
        };
    }

    private static ServerOptions Apply(ServerOptions server, Func<string, string?> read)
    {
        if (OptionValue.TryParseBool(read("PersistenceDefault"), out var persistence) && persistence != null)
        {
            server = server with { PersistenceDefault = persistence.Value };
        }

        if (OptionValue.TryParseBool(read("RestartOnSwitchover"), out var restart) && restart != null)
        {
            server = server with { RestartOnSwitchoverExpected = restart.Value };
        }

        if (OptionValue.TryParseTimeSpan(read("MaxSessionLifetime"), out var lifetime) && lifetime != null)
        {
            server = server with { MaxSessionLifetime = lifetime.Value };
        }

        return server;
    }

    // PersistenceDefault -> orsc_persistence_default
    private static string EditorConfigKey(string name)
    {
        var key = new System.Text.StringBuilder("orsc");
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                key.Append('_');
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }

    private static string? Get(AnalyzerConfigOptions options, string key) => options.TryGetValue(key, out var value) ? value : null;
}
