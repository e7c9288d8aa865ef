using System;

namespace OrsCompiler.Runtime.Redis;

public sealed class ReleaseChangedEventArgs : EventArgs
{
    public ReleaseChangedEventArgs(string? previousReleaseId, string releaseId)
    {
        PreviousReleaseId = previousReleaseId;
        ReleaseId = releaseId;
    }

    public string? PreviousReleaseId { get; }

    public string ReleaseId { get; }
}
