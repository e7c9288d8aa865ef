using System;

namespace OrsCompiler.Runtime.Redis.Connection;

/// <summary>
/// No usable connection: bad configuration, unreachable servers, failed authentication or a rejected TLS certificate.
/// The message names the endpoints and the cause, never a password.
/// </summary>
public sealed class RedisConnectionFailedException : Exception
{
    public RedisConnectionFailedException(string message)
        : base(message)
    {
    }
}
