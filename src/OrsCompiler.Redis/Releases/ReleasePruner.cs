using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Redis.Releases;

/// <summary>
/// Gives a TTL to releases and blobs that neither the current release nor the newest N releases need, and keeps
/// (PERSIST) everything those do need. Expired keys vanish on their own; the next prune forgets them.
/// </summary>
/// <remarks>
/// Prune takes no lock. A publish racing it could switch to a release whose blob prune just let expire; so prune
/// re-checks the current release at the end and runs again if it moved, and a publisher keeps its blobs once more
/// after switching. Either way the current release's blobs end up without a TTL.
/// </remarks>
internal sealed class ReleasePruner
{
    private const int Attempts = 3;

    private readonly IRedisStore _store;
    private readonly ReleaseKeys _keys;
    private readonly BlobKeeper _blobs;

    public ReleasePruner(IRedisStore store, ReleaseKeys keys)
    {
        _store = store;
        _keys = keys;
        _blobs = new BlobKeeper(store, keys);
    }

    public async Task<PruneResult> PruneAsync(RetentionPolicy policy)
    {
        PruneResult result = new();
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var (current, releases, expired) = await ReleaseLister.ListAsync(_store, _keys).ConfigureAwait(false);
            result = await PruneOnceAsync(current, releases, expired, policy).ConfigureAwait(false);
            var now = await _store.GetAsync(_keys.Current).ConfigureAwait(false);
            if ((now == null ? null : Encoding.UTF8.GetString(now)) == current)
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>
    /// The prune a publish runs after switching to <paramref name="releaseId"/>: it touches only releases that just
    /// stopped being kept, and the blobs only they needed, so a publish that changes one document sends a few
    /// commands instead of one per blob. Falls back to <see cref="PruneAsync"/> when another publisher moved on.
    /// </summary>
    /// <remarks>
    /// Blobs of the kept releases were kept when those were published or pruned; an explicit prune re-checks every
    /// blob (and catches up on anything a crashed run left behind).
    /// </remarks>
    public async Task<PruneResult> PruneAfterPublishAsync(string releaseId, RetentionPolicy policy)
    {
        var (current, releases, expired) = await ReleaseLister.ListAsync(_store, _keys).ConfigureAwait(false);
        var keptIds = KeptIds(current, releases, policy);

        // Another publisher moved on, or a kept release is expiring (a larger Keep than before): do it all.
        if (current != releaseId || releases.Any(release => keptIds.Contains(release.Id) && release.ExpiresIn != null))
        {
            return await PruneAsync(policy).ConfigureAwait(false);
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in keptIds)
        {
            var snapshot = await ReleaseReader.ReadReleaseAsync(_store, _keys, id).ConfigureAwait(false);
            referenced.UnionWith(snapshot?.Documents.Values ?? Enumerable.Empty<string>());
        }

        // Releases that were kept until now (no TTL yet) and no longer are: their blobs are the only candidates.
        var dropped = releases.Where(release => !keptIds.Contains(release.Id) && release.ExpiresIn == null).Select(release => release.Id).ToList();
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in dropped)
        {
            var snapshot = await ReleaseReader.ReadReleaseAsync(_store, _keys, id).ConfigureAwait(false);
            candidates.UnionWith((snapshot?.Documents.Values ?? Enumerable.Empty<string>()).Where(hash => !referenced.Contains(hash)));
        }

        var expiring = new List<string>();
        var removed = new List<string>();
        var ttl = BlobKeeper.Seconds(policy.Ttl);
        foreach (var id in dropped.Concat(expired))
        {
            var reply = await _store.EvaluateAsync(
                ReleaseScripts.ExpireRelease,
                new[] { _keys.Releases, _keys.Manifest(id), _keys.Info(id) },
                new[] { Encoding.UTF8.GetBytes(id), ttl }).ConfigureAwait(false);
            (reply[0] == "expiring" ? expiring : reply[0] == "gone" ? removed : null)?.Add(id);
        }

        var (blobsExpiring, _) = await _blobs.ExpireAsync(candidates, policy.Ttl).ConfigureAwait(false);
        var now = await _store.GetAsync(_keys.Current).ConfigureAwait(false);
        if ((now == null ? null : Encoding.UTF8.GetString(now)) != current)
        {
            return await PruneAsync(policy).ConfigureAwait(false);
        }

        return new PruneResult
        {
            KeptReleases = releases.Where(release => keptIds.Contains(release.Id)).Select(release => release.Id).ToList(),
            ExpiringReleases = expiring,
            RemovedReleases = removed,
            BlobsExpiring = blobsExpiring.Count,
        };
    }

    private static HashSet<string> KeptIds(string? current, IReadOnlyList<ReleaseInfo> releases, RetentionPolicy policy)
    {
        var keptIds = new HashSet<string>(StringComparer.Ordinal);
        if (current != null)
        {
            keptIds.Add(current);
        }

        foreach (var release in releases.Where(release => release.Id != current).Take(policy.Keep))
        {
            keptIds.Add(release.Id);
        }

        return keptIds;
    }

    private async Task<PruneResult> PruneOnceAsync(string? current, IReadOnlyList<ReleaseInfo> releases, IReadOnlyList<string> expired, RetentionPolicy policy)
    {
        var keptIds = KeptIds(current, releases, policy);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in keptIds)
        {
            var snapshot = await ReleaseReader.ReadReleaseAsync(_store, _keys, id).ConfigureAwait(false);
            if (snapshot == null)
            {
                continue;
            }

            referenced.UnionWith(snapshot.Documents.Values);
            await _store.EvaluateAsync(ReleaseScripts.PersistRelease, new[] { _keys.Manifest(id), _keys.Info(id) }, Array.Empty<byte[]>()).ConfigureAwait(false);
        }

        var expiring = new List<string>();
        var removed = new List<string>();
        var ttl = BlobKeeper.Seconds(policy.Ttl);
        foreach (var id in releases.Select(release => release.Id).Where(id => !keptIds.Contains(id)).Concat(expired))
        {
            var reply = await _store.EvaluateAsync(
                ReleaseScripts.ExpireRelease,
                new[] { _keys.Releases, _keys.Manifest(id), _keys.Info(id) },
                new[] { Encoding.UTF8.GetBytes(id), ttl }).ConfigureAwait(false);
            (reply[0] == "expiring" ? expiring : reply[0] == "gone" ? removed : null)?.Add(id);
        }

        var indexed = await _store.SetMembersAsync(_keys.BlobIndex).ConfigureAwait(false);
        await _blobs.KeepAsync(indexed.Where(referenced.Contains)).ConfigureAwait(false);
        var (blobsExpiring, blobsGone) = await _blobs.ExpireAsync(indexed.Where(hash => !referenced.Contains(hash)), policy.Ttl).ConfigureAwait(false);
        if (blobsGone.Count > 0)
        {
            await _store.EvaluateAsync(ReleaseScripts.UnindexBlobs, new[] { _keys.BlobIndex }, blobsGone.Select(Encoding.UTF8.GetBytes).ToArray()).ConfigureAwait(false);
        }

        return new PruneResult
        {
            KeptReleases = releases.Where(release => keptIds.Contains(release.Id)).Select(release => release.Id).ToList(),
            ExpiringReleases = expiring,
            RemovedReleases = removed,
            BlobsExpiring = blobsExpiring.Count,
            BlobsRemoved = blobsGone.Count,
        };
    }
}
