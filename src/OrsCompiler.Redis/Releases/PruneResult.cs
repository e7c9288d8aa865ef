using System.Collections.Generic;

namespace OrsCompiler.Redis.Releases;

public sealed class PruneResult
{
    /// <summary>The current release and the newest ones retention keeps.</summary>
    public IReadOnlyList<string> KeptReleases { get; init; } = [];

    /// <summary>Releases that got a TTL in this run.</summary>
    public IReadOnlyList<string> ExpiringReleases { get; init; } = [];

    /// <summary>Releases already expired, now removed from the release list.</summary>
    public IReadOnlyList<string> RemovedReleases { get; init; } = [];

    /// <summary>Blobs that got a TTL in this run.</summary>
    public int BlobsExpiring { get; init; }

    /// <summary>Blobs already expired, now removed from the blob index.</summary>
    public int BlobsRemoved { get; init; }
}
