using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace OrsCompiler.Engine;

/// <summary>
/// The event script of the SCION test framework (<c>NAME.json</c>): the configuration expected after start, then
/// events, each optionally after a delay in milliseconds and with the configuration expected after it.
/// </summary>
public sealed class EventScript
{
    public IReadOnlyList<string>? InitialConfiguration { get; init; }

    public IReadOnlyList<EventScriptStep> Steps { get; init; } = [];

    /// <exception cref="FormatException">The text is not such a script.</exception>
    public static EventScript Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("an event script is a JSON object with \"initialConfiguration\" and \"events\"");
            }

            var steps = new List<EventScriptStep>();
            if (root.TryGetProperty("events", out var events))
            {
                foreach (var step in events.EnumerateArray())
                {
                    var scxmlEvent = step.GetProperty("event");
                    var name = scxmlEvent.GetProperty("name").GetString() ?? throw new FormatException("an event needs a name");
                    steps.Add(new EventScriptStep(
                        step.TryGetProperty("after", out var after) ? after.GetInt64() : 0,
                        new ScxmlEvent(name)
                        {
                            DataJson = scxmlEvent.TryGetProperty("data", out var data) ? data.GetRawText() : null,
                            SendId = scxmlEvent.TryGetProperty("sendid", out var sendId) ? sendId.GetString() : null,
                            InvokeId = scxmlEvent.TryGetProperty("invokeid", out var invokeId) ? invokeId.GetString() : null,
                            Origin = scxmlEvent.TryGetProperty("origin", out var origin) ? origin.GetString() : null,
                        },
                        step.TryGetProperty("nextConfiguration", out var next) ? Strings(next) : null));
                }
            }

            return new EventScript
            {
                InitialConfiguration = root.TryGetProperty("initialConfiguration", out var initial) ? Strings(initial) : null,
                Steps = steps,
            };
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException("not an event script: " + exception.Message, exception);
        }
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
}

/// <param name="After">Virtual milliseconds to let pass before the event.</param>
/// <param name="Event">The external event.</param>
/// <param name="NextConfiguration">The atomic states expected after it, or null.</param>
public sealed record EventScriptStep(long After, ScxmlEvent Event, IReadOnlyList<string>? NextConfiguration);
