using System;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Redis;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Redis.Tests.Runtime;

/// <summary>
/// A serving source while its Redis goes away: servers of their own (stopped or paused by PID), so the shared ones
/// stay healthy. The breaker and the metrics are checked in the same runs.
/// </summary>
public sealed class SourceFaultTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_stopped_standalone_server_keeps_loaded_documents_served_and_the_breaker_recovers_with_the_new_release()
    {
        using var server = RedisServerProcess.Start(new[] { "--appendonly", "yes", "--appendfsync", "always" });
        var configuration = server.EndPoint + ",connectTimeout=1000,syncTimeout=1000";
        await RunScenarioAsync(configuration, "stopped", down: server.Stop, up: server.Restart, expectedFailure: null);
    }

    [Fact]
    public async Task A_paused_cluster_gives_timeouts_not_stuck_calls_and_the_breaker_recovers_with_the_new_release()
    {
        using var cluster = RedisTestCluster.Start();
        await RunScenarioAsync(
            cluster.Configuration,
            "paused",
            down: () => cluster.Nodes.ToList().ForEach(node => node.Signal(pause: true)),
            up: () =>
            {
                cluster.Nodes.ToList().ForEach(node => node.Signal(pause: false));
                cluster.WaitForFailover();
            },
            expectedFailure: RedisFailureKind.Timeout);
    }

    private static async Task RunScenarioAsync(string configuration, string clusterName, Action down, Action up, RedisFailureKind? expectedFailure)
    {
        using var metrics = new MetricsRecorder(clusterName);
        var first = await PublishAsync(configuration, clusterName, generation: 1);
        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = configuration + ",orsBreakerFailures=3,orsBreakDuration=1000",
            ClusterName = clusterName,
            HotReload = true,
            PollInterval = TimeSpan.FromMilliseconds(200),
            OperationTimeout = Timeout,
            BreakerFailureRatio = 1.0,
            BreakerSamplingWindow = TimeSpan.FromSeconds(10),
        });
        var loaded = await source.GetDocumentAsync("doc/a");
        Assert.Equal(1.0, metrics.Total("ors.document.decode.duration"));

        down();

        // Served from the cache by hash: no Redis call, no decode.
        Assert.Same(loaded, await source.GetDocumentAsync("doc/a"));
        if (expectedFailure == RedisFailureKind.Timeout)
        {
            var clock = Stopwatch.StartNew();
            var timedOut = await Assert.ThrowsAsync<RedisUnavailableException>(() => source.GetDocumentAsync("doc/b"));
            Assert.True(clock.Elapsed < Timeout + TimeSpan.FromSeconds(1), $"A call to a paused server took {clock.Elapsed}.");
            Assert.True(timedOut.Kind is RedisFailureKind.Timeout or RedisFailureKind.CircuitOpen, timedOut.Kind.ToString());
        }

        await WaitUntil(() => source.CircuitState == CircuitState.Open, "the breaker to open");
        var opened = DateTime.UtcNow;
        var unknown = Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<RedisUnavailableException>(() => source.GetDocumentAsync("doc/c"));
        Assert.True(unknown.Elapsed < Timeout + TimeSpan.FromSeconds(1), $"An unknown document took {unknown.Elapsed} to fail.");
        Assert.Contains(refused.Kind, new[] { RedisFailureKind.CircuitOpen, RedisFailureKind.Timeout, RedisFailureKind.Failed });
        Assert.Throws<DocumentNotFoundException>(() => source.GetDocumentAsync("no/such/document").GetAwaiter().GetResult());
        Assert.Same(loaded, await source.GetDocumentAsync("doc/a"));
        await Task.Delay(TimeSpan.FromSeconds(3)); // three breaks of 1 s while polls come every 200 ms

        // Only the half-open probes reached Redis while the breaker was not closed.
        var calls = metrics.Of("ors.redis.operation.duration").Count(measurement => measurement.At > opened);
        var probes = metrics.Of("ors.circuit_breaker.state_changes", "ors.circuit_breaker.state", "half_open").Count(measurement => measurement.At > opened);
        Assert.True(probes >= 1, "The breaker never let a probe through.");
        Assert.True(calls <= probes + 1, $"{calls} calls reached Redis during {probes} half-open periods.");
        Assert.True(metrics.Total("ors.redis.errors", "error.type", "circuit_open") > 0);
        if (expectedFailure is { } kind)
        {
            Assert.True(metrics.Total("ors.redis.errors", "error.type", kind == RedisFailureKind.Timeout ? "timeout" : "failed") > 0);
        }

        up();
        var second = await PublishAsync(configuration, clusterName, generation: 2);
        await WaitUntil(() => source.ReleaseId == second.ReleaseId && source.CircuitState == CircuitState.Closed, "the new release after recovery");

        Assert.NotEqual(first.ReleaseId, second.ReleaseId);
        Assert.Same(loaded, await source.GetDocumentAsync("doc/a")); // unchanged in release 2: not decoded again
        Assert.Equal("g2", (await source.GetDocumentAsync("doc/b")).States[1].Id);
        Assert.Equal(2.0, metrics.Total("ors.document.decode.duration"));
        Assert.True(metrics.Total("ors.circuit_breaker.state_changes", "ors.circuit_breaker.state", "open") >= 1);
        Assert.True(metrics.Total("ors.circuit_breaker.state_changes", "ors.circuit_breaker.state", "closed") >= 1);
        Assert.Equal(2.0, metrics.Total("ors.release.switches"));
        Assert.Equal(3.0, metrics.Total("ors.document.cache.hits")); // doc/a: while down, while open, after recovery
        Assert.Equal(metrics.Total("ors.document.cache.hits") + metrics.Total("ors.document.cache.misses") + 1, metrics.Total("ors.document.loads")); // + the unknown name
        Assert.All(metrics.Of("ors.document.decode.duration"), measurement => Assert.Equal("s", measurement.Unit));
    }

    private static async Task<PublishResult> PublishAsync(string configuration, string clusterName, int generation)
    {
        using var redis = await RedisConnector.ConnectAsync(configuration);
        return await new ReleaseStore(redis, clusterName).PublishAsync(new[]
        {
            new DocumentToPublish("doc/a", RealBlobs.Create("doc/a", "unchanged")),
            new DocumentToPublish("doc/b", RealBlobs.Create("doc/b", "g" + generation)),
            new DocumentToPublish("doc/c", RealBlobs.Create("doc/c", "g" + generation)),
        });
    }

    private static async Task WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Bound, $"Timed out waiting for {what}.");
            await Task.Delay(50);
        }
    }
}
