namespace OrsCompiler.Runtime.Redis.Layout;

/// <summary>
/// The key layout of one ORS cluster name; see docs/redis-layout.md. Everything lives under <c>ORS:&lt;cluster&gt;:</c>.
/// </summary>
/// <remarks>
/// The release bookkeeping keys carry the hash tag <c>{&lt;cluster&gt;}</c>, so they share one slot and a Lua script can
/// switch a release atomically on Redis Cluster. Blob keys have no tag: they spread over the cluster and are only
/// ever touched one key at a time.
/// </remarks>
public sealed class ReleaseKeys
{
    private readonly string _manifestPrefix;
    private readonly string _infoPrefix;
    private readonly string _blobPrefix;

    public ReleaseKeys(string clusterName)
    {
        ClusterName = Layout.ClusterName.Validate(clusterName);
        Prefix = "ORS:" + ClusterName + ":";
        var tagged = Prefix + "{" + ClusterName + "}:";
        Current = tagged + "current";
        Sequence = tagged + "seq";
        Releases = tagged + "releases";
        BlobIndex = tagged + "blobs";
        _manifestPrefix = tagged + "manifest:";
        _infoPrefix = tagged + "info:";
        _blobPrefix = Prefix + "blob:";
        Channel = Prefix + "events";
    }

    public string ClusterName { get; }

    /// <summary><c>ORS:&lt;cluster&gt;:</c>, the start of every key and of the channel.</summary>
    public string Prefix { get; }

    /// <summary>String: the id of the current release.</summary>
    public string Current { get; }

    /// <summary>Counter that hands out release ids.</summary>
    public string Sequence { get; }

    /// <summary>Sorted set of release ids, scored by id (publish order).</summary>
    public string Releases { get; }

    /// <summary>Set of every blob hash ever written under this cluster name; what prune walks instead of SCAN.</summary>
    public string BlobIndex { get; }

    /// <summary>Pub/sub channel; the message is the id of the release that just became current.</summary>
    public string Channel { get; }

    /// <summary>Hash: document name to blob hash.</summary>
    public string Manifest(string releaseId) => _manifestPrefix + releaseId;

    /// <summary>Hash: created (ISO 8601 UTC), previous release id, document count.</summary>
    public string Info(string releaseId) => _infoPrefix + releaseId;

    /// <summary>String: the blob bytes, addressed by the lower-case hex SHA-256 of those bytes.</summary>
    public string Blob(string contentHash) => _blobPrefix + contentHash;
}
