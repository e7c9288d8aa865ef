namespace OrsCompiler.Engine;

/// <summary>
/// An SCXML event as <c>_event</c> shows it. Data travels as JSON text so that it can cross sessions (each session has
/// its own ECMAScript engine) and be persisted for a <c>recover</c> rehearsal; null means undefined.
/// </summary>
public sealed record ScxmlEvent(string Name)
{
    public EventType Type { get; init; } = EventType.External;

    public string? SendId { get; init; }

    public string? Origin { get; init; }

    public string? OriginType { get; init; }

    public string? InvokeId { get; init; }

    /// <summary>The data as JSON, or null when undefined.</summary>
    public string? DataJson { get; init; }

    public override string ToString() => Name;
}
