using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Benchmarks.Redis;

/// <summary>
/// Publishing 1,000 documents to a Redis Cluster: all new (1,000 blob writes and a switch), and unchanged
/// (no blob write, no switch). Needs a running cluster: set ORS_BENCH_REDIS to its configuration string, e.g.
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

    // Real blobs of a realistic size: a root with 20 states, each distinct per generation.
    private static List<DocumentToPublish> Documents(int generation) =>
        Enumerable.Range(0, DocumentCount).Select(i =>
        {
            var name = $"strategies/doc{i:D4}";
            return new DocumentToPublish(name, DocumentBlobWriter.Write(Document(name, generation), new BlobWriteOptions { DocumentName = name, CompilerVersion = "bench" }));
        }).ToList();

    private static CompiledDocument Document(string name, int generation)
    {
        const int states = 20;
        var children = Enumerable.Range(1, states).ToArray();
        var all = new List<CompiledState>
        {
            new() { Index = 0, Kind = StateKind.Root, Parent = -1, Depth = 0, Children = children, InitialTransition = 0 },
        };
        all.AddRange(children.Select(i => new CompiledState { Index = i, Id = $"g{generation}_state_{i}", Kind = StateKind.Atomic, Parent = 0, Depth = 1 }));
        return new CompiledDocument
        {
            Name = name,
            States = all,
            Transitions = new[] { new CompiledTransition { Index = 0, Source = 0, Targets = new[] { 1 }, Domain = 0, ExitSet = children } },
        };
    }
}
