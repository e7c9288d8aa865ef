using System;

namespace OrsCompiler.Runtime.Redis.Connection;

/// <summary>A command failed after the connection was made: a node went away, a timeout, or a server error.</summary>
public sealed class RedisOperationFailedException : Exception
{
    public RedisOperationFailedException(string message)
        : base(message)
    {
    }
}
