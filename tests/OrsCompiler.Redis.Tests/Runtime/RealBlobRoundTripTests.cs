using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Redis.Input;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Redis;

namespace OrsCompiler.Redis.Tests.Runtime;

[Collection(RedisServersCollection.Name)]
public sealed class RealBlobRoundTripTests : IDisposable
{
    private readonly RedisServersFixture _servers;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ors-orsdoc-" + Guid.NewGuid().ToString("N")[..8]);

    public RealBlobRoundTripTests(RedisServersFixture servers)
    {
        _servers = servers;
        Directory.CreateDirectory(Path.Combine(_folder, "billing"));
    }

    [Fact]
    public async Task Blobs_from_a_build_folder_are_published_and_load_back_as_documents()
    {
        File.WriteAllBytes(Path.Combine(_folder, "billing", "main.orsdoc"), RealBlobs.Create("billing/main", "waiting"));
        File.WriteAllBytes(Path.Combine(_folder, "billing", "unnamed.orsdoc"), RealBlobs.Create("", "idle"));
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "not a blob, not published");
        var cluster = _servers.UniqueClusterName("real");
        using var redis = await _servers.ConnectAsync(Topology.Cluster);

        var documents = OrsdocInput.Read(new[] { _folder });
        await new ReleaseStore(redis, cluster).PublishAsync(documents);
        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = _servers.ClusterConfiguration,
            ClusterName = cluster,
        });
        var main = await source.GetDocumentAsync("billing/main");
        var unnamed = await source.GetDocumentAsync("billing/unnamed");

        Assert.Equal(new[] { "billing/main", "billing/unnamed" }, documents.Select(d => d.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal("billing/main", main.Header.DocumentName);
        Assert.Equal("waiting", main.States[1].Id);
        Assert.Equal("idle", unnamed.States[1].Id);
        Assert.Same(main, await source.GetDocumentAsync("billing/main"));
    }

    [Fact]
    public void A_file_that_is_not_a_blob_is_refused_with_its_path()
    {
        var path = Path.Combine(_folder, "broken.orsdoc");
        File.WriteAllText(path, "definitely not MessagePack");

        var error = Assert.Throws<InvalidDocumentBlobException>(() => OrsdocInput.Read(new[] { _folder }));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blob_altered_in_redis_is_rejected_by_the_source()
    {
        var cluster = _servers.UniqueClusterName("tamper");
        using var redis = await _servers.ConnectAsync(Topology.Standalone);
        var releases = new ReleaseStore(redis, cluster);
        var document = new Publishing.DocumentToPublish("a", RealBlobs.Create("a", "s"));
        await releases.PublishAsync(new[] { document });
        await redis.EvaluateAsync("redis.call('SET', KEYS[1], ARGV[1]) return {}", new[] { releases.Keys.Blob(document.ContentHash) }, new[] { RealBlobs.Create("a", "other") });
        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = _servers.StandaloneConfiguration,
            ClusterName = cluster,
        });

        await Assert.ThrowsAsync<InvalidDocumentBlobException>(() => source.GetDocumentAsync("a"));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
