using System.Collections.Generic;

namespace OrsCompiler.Configuration;

/// <summary>The options every front end layers over <see cref="Analysis.AnalysisOptions"/>: one definition of their names.</summary>
public static class OptionKeys
{
    public static OptionKey PersistenceDefault { get; } =
        new("PersistenceDefault", "orsc_persistence_default", "--persistence-default", "true or false");

    public static OptionKey RestartOnSwitchover { get; } =
        new("RestartOnSwitchover", "orsc_restart_on_switchover", "--restart-on-switchover", "true or false");

    public static OptionKey MaxSessionLifetime { get; } =
        new("MaxSessionLifetime", "orsc_max_session_lifetime", "--max-session-lifetime", "a positive duration such as 24h, 90m, 3600s or 1.00:00:00");

    public static OptionKey Dialect { get; } =
        new("Dialect", "orsc_dialect", "--dialect", "Auto, W3C or Ors");

    public static IReadOnlyList<OptionKey> All { get; } = [PersistenceDefault, RestartOnSwitchover, MaxSessionLifetime, Dialect];
}
