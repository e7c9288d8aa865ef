using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// Runs a document against an event script, optionally rehearsing an ORS switchover after the n-th event, and flags
/// every side effect performed twice for the same call (same action, same attributes: a second <c>queue:submit</c>).
/// </summary>
public sealed class Simulation
{
    private readonly CompiledDocument _document;
    private readonly DocumentSources _sources;
    private readonly EngineLimits _limits;

    public Simulation(CompiledDocument document, DocumentSources? sources = null, EngineLimits? limits = null)
    {
        _document = document ?? throw new ArgumentNullException(nameof(document));
        _sources = sources ?? DocumentSources.None;
        _limits = limits ?? EngineLimits.Default;
    }

    /// <summary>Also log every event processed.</summary>
    public bool TraceEvents { get; init; }

    /// <summary>Log lines of every interpreter the simulation ran.</summary>
    public List<string> Log { get; } = [];

    /// <summary>Runs the script; with <paramref name="switchoverAfter"/> (0: before the first event) the backup takes the call over after that many events.</summary>
    public IEnumerable<SimulationStep> Run(EventScript script, int? switchoverAfter = null, SwitchoverMode mode = SwitchoverMode.Restart)
    {
        var performed = new HashSet<string>(StringComparer.Ordinal);
        var call = new CallState();
        var interpreter = NewInterpreter(call);
        var session = interpreter.Start(_document, "call");
        var seen = 0;
        yield return Step(null, session, interpreter, ref seen, performed, null);
        var delivered = new List<EventScriptStep>();
        if (switchoverAfter == 0)
        {
            (interpreter, session) = Switchover(session, call, delivered, mode);
            seen = 0;
            yield return Step(null, session, interpreter, ref seen, performed, mode);
        }

        foreach (var step in script.Steps)
        {
            if (interpreter.Failure is not null)
            {
                yield break;
            }

            interpreter.Advance(step.After);
            interpreter.Send(session, step.Event);
            delivered.Add(step);
            yield return Step(step.Event.Name, session, interpreter, ref seen, performed, null);
            if (switchoverAfter == delivered.Count)
            {
                (interpreter, session) = Switchover(session, call, delivered, mode);
                seen = 0;
                yield return Step(null, session, interpreter, ref seen, performed, mode);
            }
        }
    }

    // The backup takes the call over. Only the call (its user data, its interactions, the request ids handed out) goes
    // with it; timers the old session had set die with the old primary.
    private (ScxmlInterpreter Interpreter, ScxmlSession Session) Switchover(ScxmlSession session, CallState call, IReadOnlyList<EventScriptStep> delivered, SwitchoverMode mode)
    {
        var configuration = session.FullConfiguration;
        var data = session.SnapshotData();
        var interpreter = NewInterpreter(call);
        if (mode == SwitchoverMode.Restart)
        {
            session = interpreter.Start(_document, "call");
            // ORS publishes session.restarted with the call's interaction id (attribute Interactionid), then distributes
            // the call's events since it began: the platform's events, not those the old session sent itself (the
            // restarted session sends those again as it runs).
            interpreter.Send(session, new ScxmlEvent("session.restarted")
            {
                Type = EventType.Platform,
                DataJson = "{\"Interactionid\":" + (InteractionId(delivered) is { } id ? JsonText.Quote(id) : "null") + "}",
            });
            foreach (var again in delivered)
            {
                interpreter.Advance(0);
                interpreter.Send(session, again.Event);
            }
        }
        else
        {
            session = interpreter.Restore(_document, configuration, data, "call");
            if (_document.SendSessionRecovered == true)
            {
                interpreter.Send(session, new ScxmlEvent("session.recovered") { Type = EventType.Platform });
            }
        }

        return (interpreter, session);
    }

    // The first interactionid an event of the call carried (interaction.added and the like).
    private static string? InteractionId(IEnumerable<EventScriptStep> steps)
    {
        foreach (var step in steps)
        {
            if (step.Event.DataJson is not { } json)
            {
                continue;
            }

            using var data = System.Text.Json.JsonDocument.Parse(json);
            if (data.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                foreach (var property in data.RootElement.EnumerateObject())
                {
                    if (string.Equals(property.Name, "interactionid", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        return property.Value.GetString();
                    }
                }
            }
        }

        return null;
    }

    private ScxmlInterpreter NewInterpreter(CallState call)
    {
        var interpreter = new ScxmlInterpreter(_limits, _sources, call) { TraceEvents = TraceEvents };
        interpreter.LogWriter = Log.Add;
        return interpreter;
    }

    private static SimulationStep Step(string? eventName, ScxmlSession session, ScxmlInterpreter interpreter, ref int seen, HashSet<string> performed, SwitchoverMode? switchover)
    {
        var sideEffects = new List<SideEffect>();
        foreach (var sideEffect in interpreter.SideEffects.Skip(seen))
        {
            sideEffects.Add(sideEffect with { Repeated = !performed.Add(sideEffect.Signature) });
        }

        seen = interpreter.SideEffects.Count;
        return new SimulationStep(eventName, session.Configuration, sideEffects, switchover, interpreter.Failure);
    }
}
