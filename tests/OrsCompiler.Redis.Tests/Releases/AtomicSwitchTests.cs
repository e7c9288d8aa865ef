using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime.Redis;

namespace OrsCompiler.Redis.Tests.Releases;

[Collection(RedisServersCollection.Name)]
public sealed class AtomicSwitchTests
{
    private const int DocumentCount = 200;

    private readonly RedisServersFixture _servers;

    public AtomicSwitchTests(RedisServersFixture servers) => _servers = servers;

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task A_reader_polling_during_a_publish_sees_one_whole_release_at_a_time(string topology)
    {
        var cluster = _servers.UniqueClusterName("atomic");
        using var publisherRedis = await _servers.ConnectAsync(topology);
        using var readerRedis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(publisherRedis, cluster);
        var readerKeys = new ReleaseStore(readerRedis, cluster).Keys;
        await releases.PublishAsync(SyntheticDocuments.Generation(1, DocumentCount));
        using var stop = new CancellationTokenSource();
        var seen = new List<(string Release, int Generation)>();

        var reader = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snapshot = await ReleaseReader.ReadCurrentAsync(readerRedis, readerKeys);
                Assert.NotNull(snapshot);
                Assert.Equal(DocumentCount, snapshot!.Documents.Count);
                var blobs = await Task.WhenAll(snapshot.Documents.Values.Select(hash => readerRedis.GetAsync(readerKeys.Blob(hash))));
                Assert.All(blobs, Assert.NotNull);
                var generations = blobs.Select(blob => SyntheticDocuments.GenerationOf(blob!)).Distinct().ToList();
                Assert.Single(generations);
                seen.Add((snapshot.ReleaseId, generations[0]));
            }
        });

        // Give the reader a head start, publish the whole next generation, then let it observe the result.
        await WaitForReads(seen, 3);
        var second = await releases.PublishAsync(SyntheticDocuments.Generation(2, DocumentCount));
        var readsBefore = seen.Count;
        await WaitForReads(seen, readsBefore + 3);
        stop.Cancel();
        await reader;

        Assert.Contains(seen, read => read.Generation == 1);
        Assert.Contains(seen, read => read.Release == second.ReleaseId && read.Generation == 2);
        Assert.All(seen, read => Assert.Equal(read.Release == second.ReleaseId ? 2 : 1, read.Generation));
    }

    private static async Task WaitForReads(List<(string, int)> seen, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (seen.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
    }
}
