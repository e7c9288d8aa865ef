using System;
using System.Threading.Tasks;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime.Redis;

namespace OrsCompiler.Redis.Tests.Runtime;

[Collection(RedisServersCollection.Name)]
public sealed class RedisDocumentSourceTests
{
    private static readonly TimeSpan ReloadBound = TimeSpan.FromSeconds(5);

    private readonly RedisServersFixture _servers;

    public RedisDocumentSourceTests(RedisServersFixture servers) => _servers = servers;

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task Hot_reload_picks_up_a_new_release_by_notification(string topology)
    {
        var cluster = _servers.UniqueClusterName("reload");
        using var redis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(redis, cluster);
        await releases.PublishAsync(SyntheticDocuments.Generation(1, 3));
        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = _servers.Configuration(topology),
            ClusterName = cluster,
            HotReload = true,
            PollInterval = TimeSpan.FromMinutes(10), // so only the notification can deliver the change in time
        });
        Assert.Equal(1, SyntheticDocuments.GenerationOf(await source.GetBlobAsync("doc/0001")));
        var changed = new TaskCompletionSource<ReleaseChangedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.ReleaseChanged += (_, e) => changed.TrySetResult(e);

        var second = await releases.PublishAsync(SyntheticDocuments.Generation(2, 3));

        var notice = await changed.Task.WaitAsync(ReloadBound);
        Assert.Equal(second.ReleaseId, notice.ReleaseId);
        Assert.Equal(second.ReleaseId, source.ReleaseId);
        Assert.Equal(2, SyntheticDocuments.GenerationOf(await source.GetBlobAsync("doc/0001")));
    }

    [Theory]
    [MemberData(nameof(Topology.Both), MemberType = typeof(Topology))]
    public async Task A_loaded_content_hash_is_never_decoded_again_across_a_reload_that_changes_other_documents(string topology)
    {
        var cluster = _servers.UniqueClusterName("decode");
        using var metrics = new MetricsRecorder(cluster);
        using var redis = await _servers.ConnectAsync(topology);
        var releases = new ReleaseStore(redis, cluster);
        await releases.PublishAsync(new[] { Real("doc/a", "a1"), Real("doc/b", "b1") });
        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = _servers.Configuration(topology),
            ClusterName = cluster,
            HotReload = true,
        });
        var a = await source.GetDocumentAsync("doc/a");
        await source.GetDocumentAsync("doc/b");
        Assert.Same(a, await source.GetDocumentAsync("doc/a"));
        Assert.Equal(2.0, metrics.Total("ors.document.decode.duration"));
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.ReleaseChanged += (_, e) => changed.TrySetResult(e.ReleaseId);

        var second = await releases.PublishAsync(new[] { Real("doc/a", "a1"), Real("doc/b", "b2"), Real("doc/c", "c1") });

        Assert.Equal(second.ReleaseId, await changed.Task.WaitAsync(ReloadBound));
        Assert.Same(a, await source.GetDocumentAsync("doc/a"));
        Assert.Equal("b2", (await source.GetDocumentAsync("doc/b")).States[1].Id);
        Assert.Equal("c1", (await source.GetDocumentAsync("doc/c")).States[1].Id);
        Assert.Same(a, await source.GetDocumentAsync("doc/a"));
        Assert.Equal(4.0, metrics.Total("ors.document.decode.duration")); // a1 and b1, then b2 and c1 only
        Assert.Equal(3.0, metrics.Total("ors.document.cache.hits"));
        Assert.Equal(4.0, metrics.Total("ors.document.cache.misses"));
        Assert.Equal(2.0, metrics.Total("ors.release.switches"));
    }

    private static Publishing.DocumentToPublish Real(string name, string state) => new(name, RealBlobs.Create(name, state));

    [Fact]
    public async Task Without_a_notification_the_periodic_check_reloads()
    {
        var cluster = _servers.UniqueClusterName("poll");
        using var redis = await _servers.ConnectAsync(Topology.Standalone);
        var releases = new ReleaseStore(redis, cluster);
        var first = await releases.PublishAsync(SyntheticDocuments.Generation(1, 2));
        await releases.PublishAsync(SyntheticDocuments.Generation(2, 2));
        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = _servers.StandaloneConfiguration,
            ClusterName = cluster,
            HotReload = true,
            PollInterval = TimeSpan.FromMilliseconds(300),
        });
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.ReleaseChanged += (_, e) => changed.TrySetResult(e.ReleaseId);

        // Move the pointer the way a lost notification leaves it: switched, but nothing said on the channel.
        await redis.EvaluateAsync("redis.call('SET', KEYS[1], ARGV[1]) return {}", new[] { releases.Keys.Current }, new[] { System.Text.Encoding.UTF8.GetBytes(first.ReleaseId!) });

        Assert.Equal(first.ReleaseId, await changed.Task.WaitAsync(ReloadBound));
        Assert.Equal(1, SyntheticDocuments.GenerationOf(await source.GetBlobAsync("doc/0000")));
    }

    [Fact]
    public async Task A_source_without_hot_reload_stays_on_its_release_until_refreshed()
    {
        var cluster = _servers.UniqueClusterName("static");
        using var redis = await _servers.ConnectAsync(Topology.Standalone);
        var releases = new ReleaseStore(redis, cluster);
        var first = await releases.PublishAsync(SyntheticDocuments.Generation(1, 2));
        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = _servers.StandaloneConfiguration,
            ClusterName = cluster,
        });

        var second = await releases.PublishAsync(SyntheticDocuments.Generation(2, 2));

        Assert.Equal(first.ReleaseId, source.ReleaseId);
        Assert.Equal(1, SyntheticDocuments.GenerationOf(await source.GetBlobAsync("doc/0000")));
        Assert.True(await source.RefreshAsync());
        Assert.Equal(second.ReleaseId, source.ReleaseId);
        Assert.Equal(2, SyntheticDocuments.GenerationOf(await source.GetBlobAsync("doc/0000")));
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => source.GetBlobAsync("doc/9999"));
    }
}
