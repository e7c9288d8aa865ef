using System;

namespace OrsCompiler.Runtime.Redis;

/// <summary>
/// A document that is not cached could not be loaded because Redis is unavailable: the circuit breaker is open, the
/// call timed out (<see cref="RedisDocumentSourceOptions.OperationTimeout"/>), or Redis failed. Thrown at once, never
/// after waiting longer than the timeout; documents already loaded are still served.
/// </summary>
public sealed class RedisUnavailableException : Exception
{
    public RedisUnavailableException(string message, RedisFailureKind kind)
        : base(message)
    {
        Kind = kind;
    }

    public RedisFailureKind Kind { get; }
}
