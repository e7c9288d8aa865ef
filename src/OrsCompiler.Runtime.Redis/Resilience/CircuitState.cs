namespace OrsCompiler.Runtime.Redis;

/// <summary>The state of a source's circuit breaker.</summary>
public enum CircuitState
{
    /// <summary>Calls go to Redis.</summary>
    Closed,

    /// <summary>Calls are refused without touching Redis until the break ends.</summary>
    Open,

    /// <summary>The break ended: one probe call goes to Redis; its outcome closes or reopens the circuit.</summary>
    HalfOpen,
}
