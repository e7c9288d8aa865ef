using System;

namespace OrsCompiler.Redis.Releases;

/// <summary>One release as listed: id, when it was published, what it replaced, and whether it is expiring.</summary>
public sealed class ReleaseInfo
{
    public string Id { get; init; } = "";

    public DateTimeOffset? Created { get; init; }

    public string? Previous { get; init; }

    public int DocumentCount { get; init; }

    public bool IsCurrent { get; init; }

    /// <summary>Time left before prune's TTL removes it; null when it is kept.</summary>
    public TimeSpan? ExpiresIn { get; init; }
}
