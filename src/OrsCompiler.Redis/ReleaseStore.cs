using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Redis.Releases;
using OrsCompiler.Runtime.Redis;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Redis;

/// <summary>
/// The releases of one ORS cluster name in Redis: publish, diff, list, roll back and prune.
/// See docs/redis-layout.md for the keys and the guarantees.
/// </summary>
public sealed class ReleaseStore
{
    private readonly IRedisStore _store;

    /// <exception cref="ArgumentException">The cluster name is invalid.</exception>
    public ReleaseStore(IRedisStore store, string clusterName)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        Keys = new ReleaseKeys(clusterName);
    }

    public ReleaseKeys Keys { get; }

    /// <summary>Publishes <paramref name="documents"/> as the complete next release (documents left out are dropped from it).</summary>
    /// <exception cref="ReleaseConflictException">Another publisher switched first; nothing was switched.</exception>
    /// <exception cref="ReleaseOperationException">No documents, or duplicate names.</exception>
    /// <exception cref="RedisOperationFailedException">Redis failed; the previous release is still current.</exception>
    public Task<PublishResult> PublishAsync(IReadOnlyCollection<DocumentToPublish> documents, PublishOptions? options = null) =>
        new ReleasePublisher(_store, Keys).PublishAsync(documents ?? throw new ArgumentNullException(nameof(documents)), options ?? new PublishOptions());

    /// <summary>Compares documents with the current release, writing nothing.</summary>
    public async Task<DocumentDiff> DiffAsync(IReadOnlyCollection<DocumentToPublish> documents) =>
        DocumentDiff.Between(await GetCurrentAsync().ConfigureAwait(false), documents);

    public Task<ReleaseSnapshot?> GetCurrentAsync() => ReleaseReader.ReadCurrentAsync(_store, Keys);

    public Task<ReleaseSnapshot?> GetReleaseAsync(string releaseId) => ReleaseReader.ReadReleaseAsync(_store, Keys, releaseId);

    /// <summary>Releases that still exist, newest first.</summary>
    public async Task<IReadOnlyList<ReleaseInfo>> ListAsync() => (await ReleaseLister.ListAsync(_store, Keys).ConfigureAwait(false)).Releases;

    /// <summary>Makes an existing release current again, clearing any TTL on it and on its blobs.</summary>
    /// <returns>The release that was current before.</returns>
    /// <exception cref="ReleaseNotFoundException">The release, or one of its blobs, no longer exists.</exception>
    /// <exception cref="ReleaseConflictException">Another publisher switched meanwhile; nothing was switched.</exception>
    public async Task<string?> RollbackAsync(string releaseId)
    {
        var current = await GetCurrentAsync().ConfigureAwait(false);
        var target = await GetReleaseAsync(releaseId).ConfigureAwait(false)
            ?? throw new ReleaseNotFoundException($"Release '{releaseId}' does not exist on cluster '{Keys.ClusterName}' (never published, or expired). See `orsc releases`.");
        var blobs = new BlobKeeper(_store, Keys);
        var hashes = target.Documents.Values.Distinct(StringComparer.Ordinal).ToList();
        var missing = await blobs.KeepAsync(hashes).ConfigureAwait(false);
        if (missing.Count > 0)
        {
            throw new ReleaseNotFoundException(
                $"Release '{releaseId}' cannot be restored on cluster '{Keys.ClusterName}': {missing.Count} of its blobs have expired.");
        }

        if (current?.ReleaseId == releaseId)
        {
            return releaseId;
        }

        var reply = await _store.EvaluateAsync(
            ReleaseScripts.Rollback,
            new[] { Keys.Current, Keys.Manifest(releaseId), Keys.Info(releaseId) },
            new[] { Utf8(current?.ReleaseId ?? ""), Utf8(releaseId), Utf8(Keys.Channel) }).ConfigureAwait(false);
        if (reply[0] == "conflict")
        {
            throw new ReleaseConflictException(Keys.ClusterName, current?.ReleaseId, reply[1]);
        }

        if (reply[0] == "missing")
        {
            throw new ReleaseNotFoundException($"Release '{releaseId}' expired while rolling back on cluster '{Keys.ClusterName}'; nothing was switched.");
        }

        // As after a publish: a racing prune may have let a blob expire between our keep and the switch.
        await blobs.KeepAsync(hashes).ConfigureAwait(false);
        return current?.ReleaseId;
    }

    /// <summary>Applies <paramref name="policy"/>: everything the current and newest releases need is kept, the rest expires.</summary>
    public Task<PruneResult> PruneAsync(RetentionPolicy policy) =>
        new ReleasePruner(_store, Keys).PruneAsync(policy ?? throw new ArgumentNullException(nameof(policy)));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
