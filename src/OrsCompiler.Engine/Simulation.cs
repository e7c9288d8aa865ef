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

    public IEnumerable<SimulationStep> Run(EventScript script, int? switchoverAfter = null, SwitchoverMode mode = SwitchoverMode.Restart)
    {
        var performed = new HashSet<string>(StringComparer.Ordinal);
        var interpreter = NewInterpreter();
        var session = interpreter.Start(_document, "call");
        var seen = 0;
        yield return Step(null, session, interpreter, ref seen, performed, null);
        var delivered = new List<EventScriptStep>();
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
                var configuration = session.FullConfiguration;
                var data = session.SnapshotData();
                interpreter = NewInterpreter();
                seen = 0;
                if (mode == SwitchoverMode.Restart)
                {
                    session = interpreter.Start(_document, "call");
                    // ORS publishes session.restarted with the call's interaction id (attribute Interactionid).
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

                yield return Step(null, session, interpreter, ref seen, performed, mode);
            }
        }
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

    private ScxmlInterpreter NewInterpreter()
    {
        var interpreter = new ScxmlInterpreter(_limits, _sources) { TraceEvents = TraceEvents };
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
