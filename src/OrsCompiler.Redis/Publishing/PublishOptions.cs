using System;
using OrsCompiler.Redis.Releases;

namespace OrsCompiler.Redis.Publishing;

public sealed class PublishOptions
{
    /// <summary>Compute and report what would change, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Applied after a successful switch, as <c>prune</c> would.</summary>
    public RetentionPolicy Retention { get; init; } = RetentionPolicy.Default;

    /// <summary>Receives plain progress lines during long publishes.</summary>
    public IProgress<string>? Progress { get; init; }
}
