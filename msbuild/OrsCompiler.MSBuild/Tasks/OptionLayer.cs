using System;
using Microsoft.Build.Utilities;
using OrsCompiler.Configuration;
using OrsCompiler.Model;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>
/// The options one source sets (project properties, an item's metadata); null means "not set here". Layers apply in
/// order over the defaults, so a more specific source overrides a more general one.
/// </summary>
internal sealed record OptionLayer(bool? PersistenceDefault, bool? RestartOnSwitchover, TimeSpan? MaxSessionLifetime, Dialect? Dialect, bool? Compress)
{
    /// <summary>Parses the five values named by their item metadata names; logs an error per bad value and returns null.</summary>
    public static OptionLayer? Parse(Func<string, string?> read, string source, TaskLoggingHelper log)
    {
        var valid = true;
        valid &= Check(OptionValue.TryParseBool(read(nameof(PersistenceDefault)), out var persistence), nameof(PersistenceDefault), "true or false");
        valid &= Check(OptionValue.TryParseBool(read(nameof(RestartOnSwitchover)), out var restart), nameof(RestartOnSwitchover), "true or false");
        valid &= Check(OptionValue.TryParseTimeSpan(read(nameof(MaxSessionLifetime)), out var lifetime), nameof(MaxSessionLifetime), "a duration such as 24h, 90m or 1.00:00:00");
        valid &= Check(OptionValue.TryParseDialect(read(nameof(Dialect)), out var dialect), nameof(Dialect), "Auto, W3C or Ors");
        valid &= Check(OptionValue.TryParseBool(read(nameof(Compress)), out var compress), nameof(Compress), "true or false");
        return valid ? new OptionLayer(persistence, restart, lifetime, dialect, compress) : null;

        bool Check(bool ok, string name, string expected)
        {
            if (!ok)
            {
                log.LogError(null, DiagnosticLogger.InvalidOptionCode, null, source, 0, 0, 0, 0,
                    "{0} has an invalid {1} '{2}': expected {3}.", source, name, read(name), expected);
            }

            return ok;
        }
    }

    public ServerOptions ApplyTo(ServerOptions server) => server with
    {
        PersistenceDefault = PersistenceDefault ?? server.PersistenceDefault,
        RestartOnSwitchoverExpected = RestartOnSwitchover ?? server.RestartOnSwitchoverExpected,
        MaxSessionLifetime = MaxSessionLifetime ?? server.MaxSessionLifetime,
    };
}
