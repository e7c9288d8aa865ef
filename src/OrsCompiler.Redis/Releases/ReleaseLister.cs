using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis.Connection;
using OrsCompiler.Runtime.Redis.Layout;

namespace OrsCompiler.Redis.Releases;

/// <summary>Reads the current release id and the release list in one atomic script.</summary>
internal static class ReleaseLister
{
    private const int FieldsPerRelease = 5;

    /// <returns>The current id, releases that exist (newest first), and ids listed whose manifest already expired.</returns>
    public static async Task<(string? Current, IReadOnlyList<ReleaseInfo> Releases, IReadOnlyList<string> Expired)> ListAsync(IRedisStore store, ReleaseKeys keys)
    {
        var reply = await store.EvaluateAsync(
            ReleaseScripts.List,
            new[] { keys.Current, keys.Releases },
            new[] { Encoding.UTF8.GetBytes(keys.Info("")), Encoding.UTF8.GetBytes(keys.Manifest("")) }).ConfigureAwait(false);
        var current = string.IsNullOrEmpty(reply[0]) ? null : reply[0];
        var releases = new List<ReleaseInfo>();
        var expired = new List<string>();
        for (var i = 1; i + FieldsPerRelease - 1 < reply.Count; i += FieldsPerRelease)
        {
            var ttl = long.Parse(reply[i + 4]!, CultureInfo.InvariantCulture);
            if (ttl == -2)
            {
                // Expired but not yet forgotten by prune: it no longer exists for anyone.
                expired.Add(reply[i]!);
                continue;
            }

            releases.Add(new ReleaseInfo
            {
                Id = reply[i]!,
                Created = DateTimeOffset.TryParse(reply[i + 1], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var created) ? created : null,
                Previous = string.IsNullOrEmpty(reply[i + 2]) ? null : reply[i + 2],
                DocumentCount = int.Parse(reply[i + 3]!, CultureInfo.InvariantCulture),
                IsCurrent = reply[i] == current,
                ExpiresIn = ttl >= 0 ? TimeSpan.FromMilliseconds(ttl) : null,
            });
        }

        return (current, releases, expired);
    }
}
