using System.Linq;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Redis.Tests.Layout;

[Collection(RedisServersCollection.Name)]
public sealed class ReleaseKeysTests
{
    private readonly RedisServersFixture _servers;

    public ReleaseKeysTests(RedisServersFixture servers) => _servers = servers;

    [Theory]
    [InlineData("prod")]
    [InlineData("eu-west.1_b")]
    public void Every_key_is_under_ORS_cluster_and_the_release_keys_share_one_slot(string name)
    {
        var keys = new ReleaseKeys(name);
        var releaseKeys = new[] { keys.Current, keys.Sequence, keys.Releases, keys.BlobIndex, keys.Manifest("7"), keys.Info("7"), keys.Manifest("12345") };

        Assert.All(releaseKeys.Append(keys.Blob(new string('a', 64))).Append(keys.Channel), key => Assert.StartsWith($"ORS:{name}:", key, System.StringComparison.Ordinal));
        Assert.Single(releaseKeys.Select(_servers.Cluster.KeySlot).Distinct());
    }

    [Fact]
    public void Blobs_spread_over_slots_instead_of_sharing_the_release_slot()
    {
        var keys = new ReleaseKeys("prod");
        var slots = Enumerable.Range(0, 8).Select(i => _servers.Cluster.KeySlot(keys.Blob(ContentHash.Of(new[] { (byte)i })))).Distinct().Count();

        Assert.True(slots > 1, "Blob keys must not carry the release hash tag.");
    }
}
