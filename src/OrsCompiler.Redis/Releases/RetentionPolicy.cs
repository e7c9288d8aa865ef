using System;

namespace OrsCompiler.Redis.Releases;

/// <summary>
/// What prune keeps: the current release plus the <see cref="Keep"/> newest others (the rollback targets); the
/// rest, and blobs only they use, expire after <see cref="Ttl"/>.
/// </summary>
public sealed class RetentionPolicy
{
    public static readonly RetentionPolicy Default = new(10, TimeSpan.FromDays(1));

    public RetentionPolicy(int keep, TimeSpan ttl)
    {
        if (keep < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(keep), keep, "Keep must be 0 or more releases.");
        }

        // Whole seconds because EXPIRE takes seconds; a floor of one second so "expire now" never means "delete now".
        if (ttl < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(ttl), ttl, "The TTL must be at least one second.");
        }

        Keep = keep;
        Ttl = ttl;
    }

    public int Keep { get; }

    public TimeSpan Ttl { get; }
}
