using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Runtime.Redis;

/// <summary>Reads a release manifest together with the current pointer, in one atomic script.</summary>
public static class ReleaseReader
{
    // KEYS[1] = current pointer. ARGV[1] = manifest key prefix, ARGV[2] = release id or "" for the current one.
    // Reply: { id, name1, hash1, name2, hash2, ... } or {} when there is no such release.
    private const string ReadScript = @"
local id = ARGV[2]
if id == '' then
  id = redis.call('GET', KEYS[1])
  if not id then return {} end
end
local manifest = ARGV[1] .. id
if redis.call('EXISTS', manifest) == 0 then return {} end
local reply = redis.call('HGETALL', manifest)
table.insert(reply, 1, id)
return reply";

    /// <summary>The current release, or null when nothing was published yet under this cluster name.</summary>
    public static Task<ReleaseSnapshot?> ReadCurrentAsync(IRedisStore store, ReleaseKeys keys) => ReadAsync(store, keys, "");

    /// <summary>A release by id, or null when it does not exist (never published, or expired).</summary>
    public static Task<ReleaseSnapshot?> ReadReleaseAsync(IRedisStore store, ReleaseKeys keys, string releaseId) =>
        ReadAsync(store, keys, releaseId ?? throw new ArgumentNullException(nameof(releaseId)));

    private static async Task<ReleaseSnapshot?> ReadAsync(IRedisStore store, ReleaseKeys keys, string releaseId)
    {
        // The manifest key is built inside the script from a prefix in the same hash slot as KEYS[1].
        var reply = await store.EvaluateAsync(
            ReadScript,
            new[] { keys.Current },
            new[] { Utf8(keys.Manifest("")), Utf8(releaseId) }).ConfigureAwait(false);
        if (reply.Count == 0)
        {
            return null;
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < reply.Count; i += 2)
        {
            documents[reply[i]!] = reply[i + 1]!;
        }

        return new ReleaseSnapshot(reply[0]!, documents);
    }

    private static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);
}
