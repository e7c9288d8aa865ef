using System;

namespace OrsCompiler.Redis.Releases;

/// <summary>A release operation was refused; the current release is unchanged. The message says why and what to do.</summary>
public class ReleaseOperationException : Exception
{
    public ReleaseOperationException(string message)
        : base(message)
    {
    }
}
