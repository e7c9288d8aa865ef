using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using OrsCompiler.Redis.Releases;
using OrsCompiler.Runtime.Redis;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Redis.Publishing;

/// <summary>
/// Publishes a set of documents as one release: blobs first (content-addressed, SET NX), then one atomic switch
/// of the current pointer, checked against the release the publish started from. Only what differs from the current
/// release goes over the wire: new blobs, and the manifest as a change to the current one.
/// </summary>
internal sealed class ReleasePublisher
{
    private const int ProgressEvery = 100;

    private readonly PayloadCountingStore _store;
    private readonly ReleaseKeys _keys;
    private readonly BlobKeeper _blobs;

    public ReleasePublisher(IRedisStore store, ReleaseKeys keys)
    {
        _store = new PayloadCountingStore(store);
        _keys = keys;
        _blobs = new BlobKeeper(_store, keys);
    }

    public async Task<PublishResult> PublishAsync(IReadOnlyCollection<DocumentToPublish> documents, PublishOptions options)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = await PublishOnceAsync(documents, options).ConfigureAwait(false);
        return result with { BytesSent = _store.BytesSent, Elapsed = clock.Elapsed };
    }

    private async Task<PublishResult> PublishOnceAsync(IReadOnlyCollection<DocumentToPublish> documents, PublishOptions options)
    {
        RequireUniqueNames(documents);
        var previous = await ReleaseReader.ReadCurrentAsync(_store, _keys).ConfigureAwait(false);
        var diff = DocumentDiff.Between(previous, documents);

        // Blobs the current release references exist and have no TTL (prune keeps them), so only the others are
        // checked: an unchanged republish sends nothing per document.
        var referenced = new HashSet<string>(previous?.Documents.Values ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        var fresh = documents.Where(document => !referenced.Contains(document.ContentHash))
            .GroupBy(document => document.ContentHash).Select(group => group.First()).ToList();
        var freshHashes = fresh.Select(document => document.ContentHash).ToList();

        // Even a dry run learns which new blobs are missing: an old one may have expired under it.
        var missing = new HashSet<string>(await _blobs.KeepAsync(freshHashes).ConfigureAwait(false), StringComparer.Ordinal);
        if (options.DryRun || diff.IsEmpty)
        {
            return new PublishResult
            {
                ReleaseId = previous?.ReleaseId,
                PreviousReleaseId = previous?.ReleaseId,
                DryRun = options.DryRun,
                Diff = diff,
                BlobsToWrite = missing.Count,
            };
        }

        // Index before writing, so a publish that dies halfway leaves no blob prune cannot find.
        if (freshHashes.Count > 0)
        {
            await _store.EvaluateAsync(ReleaseScripts.IndexBlobs, new[] { _keys.BlobIndex }, freshHashes.Select(Utf8).ToArray()).ConfigureAwait(false);
        }

        var toWrite = fresh.Where(document => missing.Contains(document.ContentHash)).ToList();
        options.Progress?.Report($"Writing {toWrite.Count} new blob(s) of {documents.Count} document(s) to cluster '{_keys.ClusterName}'.");
        var written = await _blobs.PutAsync(
            toWrite.Select(document => (document.ContentHash, document.Blob)),
            done =>
            {
                if (done % ProgressEvery == 0 || done == toWrite.Count)
                {
                    options.Progress?.Report($"  {done}/{toWrite.Count} blobs written");
                }
            }).ConfigureAwait(false);

        var releaseId = (await _store.IncrementAsync(_keys.Sequence).ConfigureAwait(false)).ToString(CultureInfo.InvariantCulture);
        await SwitchAsync(previous, releaseId, documents, diff).ConfigureAwait(false);
        options.Progress?.Report($"Release {releaseId} is current (was {previous?.ReleaseId ?? "none"}).");

        // A prune that read the old release may have given one of our new blobs a TTL just before the switch.
        await _blobs.KeepAsync(freshHashes).ConfigureAwait(false);
        var prune = await new ReleasePruner(_store, _keys).PruneAfterPublishAsync(releaseId, options.Retention).ConfigureAwait(false);
        return new PublishResult
        {
            ReleaseId = releaseId,
            PreviousReleaseId = previous?.ReleaseId,
            Switched = true,
            Diff = diff,
            BlobsWritten = written,
            BlobBytesWritten = toWrite.Sum(document => (long)document.Blob.Length),
            Prune = prune,
        };
    }

    private async Task SwitchAsync(ReleaseSnapshot? previous, string releaseId, IReadOnlyCollection<DocumentToPublish> documents, DocumentDiff diff)
    {
        var expected = previous?.ReleaseId;
        var reply = previous == null ? new[] { "missing" } : await SwitchDeltaAsync(previous, releaseId, documents, diff).ConfigureAwait(false);
        if (reply[0] == "missing")
        {
            reply = await SwitchWholeAsync(expected, releaseId, documents).ConfigureAwait(false);
        }

        if (reply[0] == "conflict")
        {
            throw new ReleaseConflictException(_keys.ClusterName, expected, reply[1]);
        }
    }

    // Sends only the added, changed and removed names; the unchanged entries are copied from the current manifest.
    private async Task<IReadOnlyList<string?>> SwitchDeltaAsync(ReleaseSnapshot previous, string releaseId, IReadOnlyCollection<DocumentToPublish> documents, DocumentDiff diff)
    {
        var byName = documents.ToDictionary(document => document.Name, StringComparer.Ordinal);
        var set = diff.Added.Concat(diff.Changed).ToList();
        var arguments = new List<byte[]>(5 + (set.Count * 2) + diff.Removed.Count)
        {
            Utf8(previous.ReleaseId),
            Utf8(releaseId),
            Utf8(DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture)),
            Utf8(_keys.Channel),
            Utf8(set.Count.ToString(CultureInfo.InvariantCulture)),
        };
        foreach (var name in set)
        {
            arguments.Add(Utf8(name));
            arguments.Add(Utf8(byName[name].ContentHash));
        }

        arguments.AddRange(diff.Removed.Select(Utf8));
        return await _store.EvaluateAsync(
            ReleaseScripts.SwitchDelta,
            new[] { _keys.Current, _keys.Releases, _keys.Manifest(releaseId), _keys.Info(releaseId), _keys.Manifest(previous.ReleaseId) },
            arguments).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<string?>> SwitchWholeAsync(string? expected, string releaseId, IReadOnlyCollection<DocumentToPublish> documents)
    {
        var arguments = new List<byte[]>(4 + (documents.Count * 2))
        {
            Utf8(expected ?? ""),
            Utf8(releaseId),
            Utf8(DateTimeOffset.UtcNow.ToString("o", CultureInfo.InvariantCulture)),
            Utf8(_keys.Channel),
        };
        foreach (var document in documents)
        {
            arguments.Add(Utf8(document.Name));
            arguments.Add(Utf8(document.ContentHash));
        }

        return await _store.EvaluateAsync(
            ReleaseScripts.Switch,
            new[] { _keys.Current, _keys.Releases, _keys.Manifest(releaseId), _keys.Info(releaseId) },
            arguments).ConfigureAwait(false);
    }

    private static void RequireUniqueNames(IReadOnlyCollection<DocumentToPublish> documents)
    {
        if (documents.Count == 0)
        {
            throw new ReleaseOperationException("Nothing to publish: no documents were given.");
        }

        var duplicate = documents.GroupBy(document => document.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate != null)
        {
            throw new ReleaseOperationException($"Document name '{duplicate.Key}' is given {duplicate.Count()} times; names must be unique in a release.");
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
