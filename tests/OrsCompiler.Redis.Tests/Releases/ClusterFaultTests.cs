using System;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Redis.Releases;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Redis.Tests.Releases;

/// <summary>Kills a master of a cluster of its own, so the shared cluster stays healthy for the other tests.</summary>
public sealed class ClusterFaultTests : IDisposable
{
    private readonly RedisTestCluster _cluster = RedisTestCluster.Start();

    [Fact]
    public async Task A_master_stopped_mid_publish_leaves_a_whole_release_current()
    {
        const string clusterName = "fault";
        const int count = 400;
        ReleaseStore releases;
        PublishResult previous;
        Exception? failure = null;
        PublishResult? completed = null;
        using (var redis = await RedisConnector.ConnectAsync(_cluster.Configuration))
        {
            releases = new ReleaseStore(redis, clusterName);
            previous = await releases.PublishAsync(SyntheticDocuments.Generation(1, count));
            var victim = _cluster.MasterFor(releases.Keys.Current);

            // Stop the master that holds the release pointer once the new blobs are half written.
            var progress = new SynchronousProgress(line =>
            {
                if (line.Contains($"{count / 2}/{count} blobs written", StringComparison.Ordinal))
                {
                    victim.Stop();
                }
            });
            try
            {
                completed = await releases.PublishAsync(SyntheticDocuments.Generation(2, count), new PublishOptions { Progress = progress });
            }
            catch (Exception ex) when (ex is RedisOperationFailedException or ReleaseOperationException)
            {
                failure = ex;
            }

            Assert.False(victim.IsRunning);
        }

        if (failure != null)
        {
            Assert.Contains("failed", failure.Message, StringComparison.OrdinalIgnoreCase);
        }

        _cluster.WaitForFailover();
        using var reader = await RedisConnector.ConnectAsync(_cluster.Nodes.First(node => node.IsRunning).EndPoint + ",connectTimeout=3000");
        var current = await new ReleaseStore(reader, clusterName).GetCurrentAsync();
        Assert.NotNull(current);
        var expectedGeneration = current!.ReleaseId == previous.ReleaseId ? 1 : 2;
        Assert.True(expectedGeneration == 1 || completed != null, "A failed publish must not have switched the release.");
        Assert.Equal(count, current.Documents.Count);
        foreach (var hash in current.Documents.Values)
        {
            var blob = await reader.GetAsync(releases.Keys.Blob(hash));
            Assert.NotNull(blob);
            Assert.Equal(expectedGeneration, SyntheticDocuments.GenerationOf(blob!));
        }
    }

    public void Dispose() => _cluster.Dispose();
}
