using System.Collections.Generic;

namespace OrsCompiler.Engine;

/// <summary>What one step of a simulation did: start, an event, or a switchover.</summary>
/// <param name="Event">The event delivered, or null for the start (or the switchover).</param>
/// <param name="Configuration">The active atomic states afterwards.</param>
/// <param name="SideEffects">Extension actions performed during the step.</param>
/// <param name="Switchover">The switchover performed in this step, or null.</param>
/// <param name="Error">Why the run stopped, or null.</param>
public sealed record SimulationStep(string? Event, IReadOnlyList<string> Configuration, IReadOnlyList<SideEffect> SideEffects, SwitchoverMode? Switchover, string? Error);
