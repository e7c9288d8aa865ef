using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace OrsCompiler.Runtime.Redis.Diagnostics;

/// <summary>
/// The instruments of the meter <see cref="MeterName"/>, read by OpenTelemetry or <c>dotnet-counters</c> without any
/// dependency on them. Every measurement carries <c>ors.cluster.name</c>. Listed in docs/redis-layout.md.
/// </summary>
internal static class DocumentSourceMetrics
{
    public const string MeterName = "OrsCompiler.Runtime.Redis";

    public const string ClusterTag = "ors.cluster.name";

    private static readonly Meter Meter = new(MeterName, typeof(DocumentSourceMetrics).Assembly.GetName().Version?.ToString());

    public static readonly Counter<long> Loads = Meter.CreateCounter<long>(
        "ors.document.loads", "{load}", "Documents asked of the source (GetDocumentAsync).");

    public static readonly Counter<long> CacheHits = Meter.CreateCounter<long>(
        "ors.document.cache.hits", "{hit}", "Documents served from the cache, by content hash, with no Redis call and no decode.");

    public static readonly Counter<long> CacheMisses = Meter.CreateCounter<long>(
        "ors.document.cache.misses", "{miss}", "Documents fetched from Redis and decoded.");

    public static readonly Histogram<double> DecodeDuration = Meter.CreateHistogram<double>(
        "ors.document.decode.duration", "s", "Time to verify and decode one blob.");

    public static readonly Counter<long> ReleaseSwitches = Meter.CreateCounter<long>(
        "ors.release.switches", "{switch}", "New releases the source switched to (the first load included).");

    public static readonly Histogram<double> RedisDuration = Meter.CreateHistogram<double>(
        "ors.redis.operation.duration", "s", "Calls that reached Redis, by ors.redis.operation; error.type on failure.");

    public static readonly Counter<long> RedisErrors = Meter.CreateCounter<long>(
        "ors.redis.errors", "{error}", "Redis calls that did not succeed, by error.type (timeout, failed, circuit_open).");

    public static readonly Counter<long> BreakerStateChanges = Meter.CreateCounter<long>(
        "ors.circuit_breaker.state_changes", "{change}", "Circuit breaker transitions, by ors.circuit_breaker.state (the new state).");

    public static KeyValuePair<string, object?> Cluster(string name) => new(ClusterTag, name);

    public static string ErrorType(RedisFailureKind kind) => kind switch
    {
        RedisFailureKind.Timeout => "timeout",
        RedisFailureKind.CircuitOpen => "circuit_open",
        _ => "failed",
    };

    public static string StateName(CircuitState state) => state switch
    {
        CircuitState.Open => "open",
        CircuitState.HalfOpen => "half_open",
        _ => "closed",
    };
}
