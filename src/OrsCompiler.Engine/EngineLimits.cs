namespace OrsCompiler.Engine;

/// <summary>Bounds that turn runaway documents into a clear error instead of a hang or unbounded memory.</summary>
public sealed record EngineLimits
{
    public static EngineLimits Default { get; } = new();

    /// <summary>Microsteps in one macrostep before the session is stopped (an infinite eventless or raise loop).</summary>
    public int MaxMicrostepsPerMacrostep { get; init; } = 10_000;

    /// <summary>Events one session may hold in its external queue.</summary>
    public int MaxQueuedEvents { get; init; } = 10_000;

    /// <summary>Events processed by all sessions in one run-until-idle before the run is stopped (an event flood).</summary>
    public int MaxEventsPerRun { get; init; } = 100_000;

    /// <summary>ECMAScript statements one evaluation may execute (an infinite loop in a script).</summary>
    public int MaxScriptStatements { get; init; } = 1_000_000;

    /// <summary>ECMAScript call depth.</summary>
    public int MaxScriptRecursion { get; init; } = 256;

    /// <summary>Sessions (the top-level one and invoked children) alive at once.</summary>
    public int MaxSessions { get; init; } = 1_000;
}
