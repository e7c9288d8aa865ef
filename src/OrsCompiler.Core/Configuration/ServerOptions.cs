using System;

namespace OrsCompiler.Configuration;

/// <summary>The ORS server options that change what a strategy must handle (see the restart-safety rules).</summary>
public sealed record ServerOptions
{
    public static ServerOptions Default { get; } = new();

    /// <summary>ORS <c>scxml/persistence-default</c>: whether a document without <c>_persist</c> is persisted.</summary>
    public bool PersistenceDefault { get; init; }

    /// <summary>ORS <c>orchestration/restart-session-on-switchover</c> is expected to be on (then <c>session.restarted</c> must be handled).</summary>
    public bool RestartOnSwitchoverExpected { get; init; } = true;

    /// <summary>How long a session may live (24 hours without <c>orchestration/sessionid-with-nodeid</c>).</summary>
    public TimeSpan MaxSessionLifetime { get; init; } = TimeSpan.FromHours(24);
}
