using System;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Redis.Releases;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Redis.Tests.Releases;

[Collection(RedisServersCollection.Name)]
public sealed class ReleaseStoreTests
{
    private readonly RedisServersFixture _servers;

    public ReleaseStoreTests(RedisServersFixture servers) => _servers = servers;

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task Publish_reads_back_and_an_unchanged_republish_writes_no_blob(string topology)
    {
        using var redis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(redis, _servers.UniqueClusterName("publish"));
        var documents = SyntheticDocuments.Generation(1, 5);

        var first = await releases.PublishAsync(documents);
        var again = await releases.PublishAsync(SyntheticDocuments.Generation(1, 5));

        Assert.True(first.Switched);
        Assert.Equal(5, first.BlobsWritten);
        Assert.Equal(5, first.Diff.Added.Count);
        var current = await releases.GetCurrentAsync();
        Assert.Equal(first.ReleaseId, current!.ReleaseId);
        foreach (var document in documents)
        {
            Assert.Equal(document.ContentHash, current.Documents[document.Name]);
            Assert.Equal(document.Blob.ToArray(), await redis.GetAsync(releases.Keys.Blob(document.ContentHash)));
            Assert.Null(await redis.TimeToLiveAsync(releases.Keys.Blob(document.ContentHash)));
        }

        Assert.False(again.Switched);
        Assert.Equal(0, again.BlobsWritten);
        Assert.Equal(first.ReleaseId, again.ReleaseId);
        Assert.Equal(5, again.Diff.Unchanged.Count);
        Assert.Single(await releases.ListAsync());
    }

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task A_change_writes_only_its_blob_and_rollback_restores_the_previous_release(string topology)
    {
        using var redis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(redis, _servers.UniqueClusterName("change"));
        var first = await releases.PublishAsync(SyntheticDocuments.Generation(1, 4));
        var changed = SyntheticDocuments.Generation(1, 4);
        changed[2] = SyntheticDocuments.Create(changed[2].Name, 2);
        changed.RemoveAt(3);
        changed.Add(SyntheticDocuments.Create("doc/new", 2));

        var second = await releases.PublishAsync(changed);

        Assert.Equal(2, second.BlobsWritten);
        Assert.Equal(new[] { "doc/0002" }, second.Diff.Changed);
        Assert.Equal(new[] { "doc/new" }, second.Diff.Added);
        Assert.Equal(new[] { "doc/0003" }, second.Diff.Removed);
        Assert.Equal(first.ReleaseId, second.PreviousReleaseId);
        var listed = await releases.ListAsync();
        Assert.Equal(new[] { second.ReleaseId, first.ReleaseId }, listed.Select(release => release.Id));
        Assert.True(listed[0].IsCurrent);
        Assert.Equal(first.ReleaseId, listed[0].Previous);

        var replaced = await releases.RollbackAsync(first.ReleaseId!);

        Assert.Equal(second.ReleaseId, replaced);
        var current = await releases.GetCurrentAsync();
        Assert.Equal(first.ReleaseId, current!.ReleaseId);
        Assert.Equal(SyntheticDocuments.Generation(1, 4).Select(d => d.ContentHash), current.Documents.OrderBy(d => d.Key).Select(d => d.Value));
    }

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task Dry_run_and_diff_write_nothing(string topology)
    {
        using var redis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(redis, _servers.UniqueClusterName("dry"));
        var documents = SyntheticDocuments.Generation(1, 3);

        var dryRun = await releases.PublishAsync(documents, new PublishOptions { DryRun = true });
        var diff = await releases.DiffAsync(documents);

        Assert.True(dryRun.DryRun);
        Assert.False(dryRun.Switched);
        Assert.Equal(3, dryRun.BlobsToWrite);
        Assert.Equal(3, diff.Added.Count);
        Assert.Null(await releases.GetCurrentAsync());
        Assert.Empty(await releases.ListAsync());
        Assert.False(await redis.ExistsAsync(releases.Keys.Blob(documents[0].ContentHash)));
    }

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task Prune_expires_only_what_the_kept_releases_do_not_need(string topology)
    {
        using var redis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(redis, _servers.UniqueClusterName("prune"));
        var keepAll = new PublishOptions { Retention = new RetentionPolicy(10, TimeSpan.FromDays(1)) };
        var shared = SyntheticDocuments.Create("shared", 0);
        var old = await releases.PublishAsync(new[] { shared, SyntheticDocuments.Create("a", 1) }, keepAll);
        var middle = await releases.PublishAsync(new[] { shared, SyntheticDocuments.Create("a", 2) }, keepAll);
        var newest = await releases.PublishAsync(new[] { shared, SyntheticDocuments.Create("a", 3) }, keepAll);

        var pruned = await releases.PruneAsync(new RetentionPolicy(1, TimeSpan.FromSeconds(2)));

        Assert.Equal(new[] { newest.ReleaseId!, middle.ReleaseId! }, pruned.KeptReleases);
        Assert.Equal(new[] { old.ReleaseId! }, pruned.ExpiringReleases);
        Assert.Equal(1, pruned.BlobsExpiring);
        Assert.NotNull(await redis.TimeToLiveAsync(releases.Keys.Manifest(old.ReleaseId!)));
        Assert.NotNull(await redis.TimeToLiveAsync(releases.Keys.Blob(SyntheticDocuments.Create("a", 1).ContentHash)));
        Assert.Null(await redis.TimeToLiveAsync(releases.Keys.Blob(shared.ContentHash)));
        Assert.Null(await redis.TimeToLiveAsync(releases.Keys.Manifest(newest.ReleaseId!)));

        await Task.Delay(TimeSpan.FromSeconds(3));
        var later = await releases.PruneAsync(new RetentionPolicy(1, TimeSpan.FromSeconds(2)));

        Assert.Equal(new[] { old.ReleaseId! }, later.RemovedReleases);
        Assert.Equal(1, later.BlobsRemoved);
        Assert.False(await redis.ExistsAsync(releases.Keys.Blob(SyntheticDocuments.Create("a", 1).ContentHash)));
        Assert.Equal(new[] { newest.ReleaseId, middle.ReleaseId }, (await releases.ListAsync()).Select(release => release.Id));
        await Assert.ThrowsAsync<ReleaseNotFoundException>(() => releases.RollbackAsync(old.ReleaseId!));
        Assert.True(await redis.ExistsAsync(releases.Keys.Blob(shared.ContentHash)));
    }

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task A_blob_that_is_needed_again_loses_its_ttl(string topology)
    {
        using var redis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(redis, _servers.UniqueClusterName("revive"));
        var keepNone = new PublishOptions { Retention = new RetentionPolicy(0, TimeSpan.FromMinutes(5)) };
        var first = await releases.PublishAsync(new[] { SyntheticDocuments.Create("a", 1) }, keepNone);
        await releases.PublishAsync(new[] { SyntheticDocuments.Create("a", 2) }, keepNone);
        var blob = releases.Keys.Blob(SyntheticDocuments.Create("a", 1).ContentHash);
        Assert.NotNull(await redis.TimeToLiveAsync(blob));

        var third = await releases.PublishAsync(new[] { SyntheticDocuments.Create("a", 1) }, keepNone);

        Assert.Equal(0, third.BlobsWritten);
        Assert.Null(await redis.TimeToLiveAsync(blob));

        await releases.PublishAsync(new[] { SyntheticDocuments.Create("a", 2) }, keepNone);
        Assert.NotNull(await redis.TimeToLiveAsync(releases.Keys.Manifest(first.ReleaseId!)));
        await releases.RollbackAsync(first.ReleaseId!);

        Assert.Null(await redis.TimeToLiveAsync(blob));
        Assert.Null(await redis.TimeToLiveAsync(releases.Keys.Manifest(first.ReleaseId!)));
    }

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task The_publisher_that_switches_second_gets_a_conflict_and_switches_nothing(string topology)
    {
        using var winnerRedis = await _servers.ConnectAsync(topology);
        using var loserRedis = await _servers.ConnectAsync(topology);
        var cluster = _servers.UniqueClusterName("race");
        var winner = new ReleaseStore(winnerRedis, cluster);
        var loser = new ReleaseStore(loserRedis, cluster);
        var start = await winner.PublishAsync(SyntheticDocuments.Generation(1, 3));
        PublishResult? won = null;

        // The winner publishes while the loser is between writing its blobs and switching.
        var interleave = new SynchronousProgress(line =>
        {
            if (line.StartsWith("Writing", StringComparison.Ordinal) && won == null)
            {
                won = winner.PublishAsync(SyntheticDocuments.Generation(2, 3)).GetAwaiter().GetResult();
            }
        });
        var error = await Assert.ThrowsAsync<ReleaseConflictException>(
            () => loser.PublishAsync(SyntheticDocuments.Generation(3, 3), new PublishOptions { Progress = interleave }));

        Assert.Equal(start.ReleaseId, error.Expected);
        Assert.Equal(won!.ReleaseId, error.Actual);
        Assert.Contains("Nothing was switched", error.Message, StringComparison.Ordinal);
        var current = await winner.GetCurrentAsync();
        Assert.Equal(won.ReleaseId, current!.ReleaseId);
        Assert.All(current.Documents, document => Assert.Equal(
            SyntheticDocuments.Create(document.Key, 2).ContentHash, document.Value));
    }

    [Fact]
    public async Task Concurrent_publishers_end_with_one_complete_release()
    {
        var cluster = _servers.UniqueClusterName("stampede");
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _servers.ConnectAsync(Topology.Cluster)));
        try
        {
            var outcomes = await Task.WhenAll(stores.Select((redis, i) => Outcome(
                new ReleaseStore(redis, cluster).PublishAsync(SyntheticDocuments.Generation(i + 1, 50)))));

            Assert.Contains(outcomes, outcome => outcome.Result != null);
            Assert.All(outcomes, outcome => Assert.True(outcome.Result != null || outcome.Error is ReleaseConflictException));
            var current = await new ReleaseStore(stores[0], cluster).GetCurrentAsync();
            var generations = current!.Documents.Keys
                .Select(name => Enumerable.Range(1, 4).Single(g => SyntheticDocuments.Create(name, g).ContentHash == current.Documents[name]))
                .Distinct();
            Assert.Single(generations);
        }
        finally
        {
            foreach (var store in stores)
            {
                store.Dispose();
            }
        }
    }

    [Fact]
    public async Task Invalid_cluster_names_are_refused()
    {
        using var redis = await _servers.ConnectAsync(Topology.Standalone);

        Assert.Throws<ArgumentException>(() => new ReleaseStore(redis, "bad:name"));
        Assert.Throws<ArgumentException>(() => new ReleaseStore(redis, "tag{x}"));
        Assert.Throws<ArgumentException>(() => new ReleaseStore(redis, ""));
        Assert.Throws<ArgumentException>(() => new ReleaseStore(redis, new string('a', 65)));
    }

    private static async Task<(PublishResult? Result, Exception? Error)> Outcome(Task<PublishResult> publish)
    {
        try
        {
            return (await publish, null);
        }
        catch (ReleaseOperationException ex)
        {
            return (null, ex);
        }
    }
}
