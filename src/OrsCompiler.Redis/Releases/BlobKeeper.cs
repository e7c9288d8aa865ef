using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Redis.Releases;

/// <summary>Single-key blob operations, run many at a time (the client pipelines them).</summary>
internal sealed class BlobKeeper
{
    private const int InFlight = 256;

    private readonly IRedisStore _store;
    private readonly ReleaseKeys _keys;

    public BlobKeeper(IRedisStore store, ReleaseKeys keys)
    {
        _store = store;
        _keys = keys;
    }

    /// <summary>Clears the TTL of every present blob; returns the hashes whose blobs are missing.</summary>
    public async Task<IReadOnlyList<string>> KeepAsync(IEnumerable<string> hashes)
    {
        var missing = new List<string>();
        await ForEachAsync(hashes, async hash =>
        {
            var reply = await _store.EvaluateAsync(ReleaseScripts.KeepBlob, new[] { _keys.Blob(hash) }, Array.Empty<byte[]>()).ConfigureAwait(false);
            if (reply[0] == "missing")
            {
                lock (missing)
                {
                    missing.Add(hash);
                }
            }
        }).ConfigureAwait(false);
        return missing;
    }

    /// <summary>Writes blobs that are absent (SET NX), keeps those present; returns how many were written.</summary>
    public async Task<int> PutAsync(IEnumerable<(string Hash, ReadOnlyMemory<byte> Blob)> blobs, Action<int>? onProgress)
    {
        var written = 0;
        var done = 0;
        await ForEachAsync(blobs, async blob =>
        {
            var reply = await _store.EvaluateAsync(ReleaseScripts.PutBlob, new[] { _keys.Blob(blob.Hash) }, new[] { blob.Blob.ToArray() }).ConfigureAwait(false);
            if (reply[0] == "written")
            {
                System.Threading.Interlocked.Increment(ref written);
            }

            onProgress?.Invoke(System.Threading.Interlocked.Increment(ref done));
        }).ConfigureAwait(false);
        return written;
    }

    /// <summary>Lets unneeded blobs expire; returns (newly expiring, already gone).</summary>
    public async Task<(IReadOnlyList<string> Expiring, IReadOnlyList<string> Gone)> ExpireAsync(IEnumerable<string> hashes, TimeSpan ttl)
    {
        var expiring = new List<string>();
        var gone = new List<string>();
        var seconds = new[] { Seconds(ttl) };
        await ForEachAsync(hashes, async hash =>
        {
            var reply = await _store.EvaluateAsync(ReleaseScripts.ExpireBlob, new[] { _keys.Blob(hash) }, seconds).ConfigureAwait(false);
            var list = reply[0] == "expiring" ? expiring : reply[0] == "gone" ? gone : null;
            if (list != null)
            {
                lock (list)
                {
                    list.Add(hash);
                }
            }
        }).ConfigureAwait(false);
        return (expiring, gone);
    }

    public static byte[] Seconds(TimeSpan ttl) =>
        System.Text.Encoding.ASCII.GetBytes(((long)Math.Ceiling(ttl.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> action)
    {
        foreach (var batch in items.Chunk(InFlight))
        {
            await Task.WhenAll(batch.Select(action)).ConfigureAwait(false);
        }
    }
}
