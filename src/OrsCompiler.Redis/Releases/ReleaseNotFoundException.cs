namespace OrsCompiler.Redis.Releases;

/// <summary>The release does not exist (never published, or expired), or some of its blobs expired.</summary>
public sealed class ReleaseNotFoundException : ReleaseOperationException
{
    public ReleaseNotFoundException(string message)
        : base(message)
    {
    }
}
