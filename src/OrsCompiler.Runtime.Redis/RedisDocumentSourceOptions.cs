using System;

namespace OrsCompiler.Runtime.Redis;

/// <summary>
/// Settings of a <see cref="RedisDocumentSource"/>. The timeout and breaker settings can also be given in
/// <see cref="Configuration"/> (<c>orsOperationTimeout</c>, <c>orsBreakerFailures</c>, <c>orsBreakerFailureRatio</c>,
/// <c>orsBreakerWindow</c>, <c>orsBreakDuration</c>; times in milliseconds), which then win over these properties.
/// </summary>
public sealed class RedisDocumentSourceOptions
{
    /// <summary>StackExchange.Redis configuration string (endpoints, password, ssl, timeouts), plus the <c>ors*</c> keys above.</summary>
    public string Configuration { get; init; } = "";

    /// <summary>The ORS cluster name whose releases to read.</summary>
    public string ClusterName { get; init; } = "";

    /// <summary>A CA certificate file to trust for TLS besides the system store.</summary>
    public string? TlsCaFile { get; init; }

    /// <summary>Follow new releases: pub/sub notification, with a periodic check as fallback.</summary>
    public bool HotReload { get; init; }

    /// <summary>How often hot reload checks the current release when no notification arrives.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest any one Redis call may take before it counts as failed (default 2 s).</summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The breaker opens once this many calls were made in <see cref="BreakerSamplingWindow"/>
    /// and at least <see cref="BreakerFailureRatio"/> of them failed (default 5; at least 2).</summary>
    public int BreakerFailureThreshold { get; init; } = 5;

    /// <summary>The share of failed calls in the window that opens the breaker (default 0.5).</summary>
    public double BreakerFailureRatio { get; init; } = 0.5;

    /// <summary>The window failures are counted in (default 30 s; at least 500 ms).</summary>
    public TimeSpan BreakerSamplingWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open breaker refuses calls before one probe goes through (default 15 s; at least 500 ms).</summary>
    public TimeSpan BreakerBreakDuration { get; init; } = TimeSpan.FromSeconds(15);
}
