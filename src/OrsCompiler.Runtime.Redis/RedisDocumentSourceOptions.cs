using System;

namespace OrsCompiler.Runtime.Redis;

public sealed class RedisDocumentSourceOptions
{
    /// <summary>StackExchange.Redis configuration string (endpoints, password, ssl, timeouts).</summary>
    public string Configuration { get; init; } = "";

    /// <summary>The ORS cluster name whose releases to read.</summary>
    public string ClusterName { get; init; } = "";

    /// <summary>A CA certificate file to trust for TLS besides the system store.</summary>
    public string? TlsCaFile { get; init; }

    /// <summary>Follow new releases: pub/sub notification, with a periodic check as fallback.</summary>
    public bool HotReload { get; init; }

    /// <summary>How often hot reload checks the current release when no notification arrives.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);
}
