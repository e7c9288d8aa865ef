namespace OrsCompiler.Runtime.Redis;

/// <summary>Why a call to Redis did not succeed; also the <c>error.type</c> of the <c>ors.redis.errors</c> metric.</summary>
public enum RedisFailureKind
{
    /// <summary>No answer within the operation timeout (a slow or paused server).</summary>
    Timeout,

    /// <summary>Redis answered with an error or the connection failed.</summary>
    Failed,

    /// <summary>Not attempted: the circuit breaker is open.</summary>
    CircuitOpen,
}
