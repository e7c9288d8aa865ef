using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Benchmarks.Redis;

/// <summary>
/// Publishing 1,000 Composer-shaped documents (10-100 KB blobs) to a Redis Cluster: all new (1,000 blob writes and a
/// switch), and unchanged (no blob write, no switch). The bytes sent are measured by <c>-- --publish-figures</c>. Needs a running cluster: set ORS_BENCH_REDIS to its configuration string, e.g.
/// <c>ORS_BENCH_REDIS=127.0.0.1:7000 dotnet run -c Release -- --filter *PublishBenchmarks*</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 10)]
[MemoryDiagnoser]
public class PublishBenchmarks
{
    private const int DocumentCount = 1000;

    private IRedisStore _redis = null!;
    private ReleaseStore _releases = null!;
    private IReadOnlyList<DocumentToPublish> _unchanged = null!;
    private IReadOnlyList<DocumentToPublish> _next = null!;
    private int _generation;

    [GlobalSetup]
    public async Task Setup()
    {
        var configuration = Environment.GetEnvironmentVariable("ORS_BENCH_REDIS")
            ?? throw new InvalidOperationException("Set ORS_BENCH_REDIS to the configuration string of a Redis Cluster (any node).");
        _redis = await RedisConnector.ConnectAsync(configuration);
        _releases = new ReleaseStore(_redis, "bench-" + Guid.NewGuid().ToString("N")[..8]);
        _unchanged = Documents(0);
        await _releases.PublishAsync(_unchanged);
    }

    [IterationSetup(Target = nameof(PublishNew))]
    public void NextGeneration() => _next = Documents(++_generation);

    [Benchmark(Description = "publish 1,000 new documents")]
    public Task<PublishResult> PublishNew() => _releases.PublishAsync(_next);

    [Benchmark(Description = "republish 1,000 unchanged documents")]
    public Task<PublishResult> RepublishUnchanged() => _releases.PublishAsync(_unchanged);

    [GlobalCleanup]
    public void Cleanup() => _redis.Dispose();

    // Composer-shaped strategies of 10-100 KB, compiled by our compiler; a new generation changes every blob.
    private static List<DocumentToPublish> Documents(int generation) => ComposerShapedDocuments.Create(DocumentCount, generation);
}
