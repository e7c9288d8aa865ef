using System;
using OrsCompiler.Redis.Releases;

namespace OrsCompiler.Redis.Publishing;

public sealed record PublishResult
{
    /// <summary>The release now current: the new one, or the previous one when nothing changed or on a dry run.</summary>
    public string? ReleaseId { get; init; }

    public string? PreviousReleaseId { get; init; }

    /// <summary>True when a new release was switched in; false for a dry run or when nothing changed.</summary>
    public bool Switched { get; init; }

    public bool DryRun { get; init; }

    public required DocumentDiff Diff { get; init; }

    /// <summary>Blobs actually written (SET NX succeeded). Unchanged documents never count here.</summary>
    public int BlobsWritten { get; init; }

    /// <summary>Bytes of the blobs sent to be written.</summary>
    public long BlobBytesWritten { get; init; }

    /// <summary>The payload this publish sent to Redis: keys and values, without protocol framing.</summary>
    public long BytesSent { get; init; }

    /// <summary>How long the publish took, prune included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>On a dry run: blobs a real publish would have to write.</summary>
    public int BlobsToWrite { get; init; }

    /// <summary>What retention did after the switch; null when nothing was switched.</summary>
    public PruneResult? Prune { get; init; }
}
