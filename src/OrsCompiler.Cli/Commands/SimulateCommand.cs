using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using OrsCompiler.Cli.Simulation;
using OrsCompiler.Engine;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Cli.Commands;

/// <summary>
/// <c>orsc simulate &lt;document&gt; --events &lt;NAME.json&gt; [--format json] [--switchover-after n --mode restart|recover]</c>:
/// runs a strategy (.scxml, compiled to a blob first, or a .orsdoc) on the engine against an event script and prints the
/// configuration after start and after each event, with the side effects performed and those performed twice.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "A strategy (.scxml) or a compiled blob (.orsdoc)." };
        var events = new Option<string>("--events") { Description = "Event script: {\"initialConfiguration\": [...], \"events\": [{\"after\": ms, \"event\": {\"name\": ...}}]}.", Required = true };
        var format = new Option<string>("--format") { Description = "Output format: text or json (one object per line).", DefaultValueFactory = _ => "text" };
        var switchoverAfter = new Option<int?>("--switchover-after") { Description = "Rehearse an ORS switchover after the n-th event (0: before the first)." };
        var mode = new Option<string>("--mode") { Description = "What the backup does: restart (no persistence) or recover (persisted session).", DefaultValueFactory = _ => "restart" };
        var log = new Option<bool>("--log") { Description = "Write <log> output and error events to standard error." };
        var command = new Command("simulate", "Run a strategy on the SCXML engine against an event script; rehearse a switchover.") { document, events, format, switchoverAfter, mode, log };
        command.SetAction(parseResult => CommandRunner.Run(() => Run(
            parseResult.GetValue(document)!,
            parseResult.GetValue(events)!,
            parseResult.GetValue(format)!,
            parseResult.GetValue(switchoverAfter),
            parseResult.GetValue(mode)!,
            parseResult.GetValue(log),
            Console.Out,
            Console.Error)));
        return command;
    }

    /// <returns>0 when the run completed without a repeated side effect, 1 when it stopped on an error or repeated one, 2 for bad input.</returns>
    public static int Run(string documentPath, string eventsPath, string format, int? switchoverAfter, string mode, bool log, TextWriter output, TextWriter error)
    {
        if (format is not ("text" or "json"))
        {
            throw new UsageException("--format must be text or json, not '" + format + "'");
        }

        var switchoverMode = mode switch
        {
            "restart" => SwitchoverMode.Restart,
            "recover" => SwitchoverMode.Recover,
            _ => throw new UsageException("--mode must be restart or recover, not '" + mode + "'"),
        };
        if (switchoverAfter is < 0)
        {
            throw new UsageException("--switchover-after must be 0 (before the first event) or more");
        }

        foreach (var path in new[] { documentPath, eventsPath })
        {
            if (!File.Exists(path))
            {
                throw new UsageException("file not found: " + path);
            }
        }

        EventScript script;
        try
        {
            script = EventScript.Parse(File.ReadAllText(eventsPath));
        }
        catch (FormatException e)
        {
            throw new UsageException(eventsPath + ": " + e.Message);
        }

        CompiledDocument compiled;
        try
        {
            compiled = documentPath.EndsWith(".orsdoc", StringComparison.OrdinalIgnoreCase)
                ? OrsDocumentLoader.LoadFile(documentPath)
                : CompilingDocumentSources.CompileFile(documentPath);
        }
        catch (Exception e) when (e is InvalidDocumentBlobException or InvalidOperationException)
        {
            error.WriteLine($"orsc: {documentPath}: {e.Message}");
            return ExitCodes.Errors;
        }

        var simulation = new OrsCompiler.Engine.Simulation(compiled, CompilingDocumentSources.ForFolder(Path.GetDirectoryName(Path.GetFullPath(documentPath))!))
        {
            TraceEvents = log,
        };
        var failed = false;
        var logged = 0;
        foreach (var step in simulation.Run(script, switchoverAfter, switchoverMode))
        {
            if (log)
            {
                foreach (var line in simulation.Log.Skip(logged))
                {
                    error.WriteLine(line);
                }

                logged = simulation.Log.Count;
            }

            error.Flush();
            failed |= step.Error is not null || step.SideEffects.Any(s => s.Repeated);
            output.WriteLine(format == "json" ? ToJson(step) : ToText(step));
        }

        return failed ? ExitCodes.Errors : ExitCodes.Success;
    }

    private static string ToJson(SimulationStep step)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("configuration");
            foreach (var state in step.Configuration)
            {
                json.WriteStringValue(state);
            }

            json.WriteEndArray();
            if (step.Event is not null)
            {
                json.WriteString("event", step.Event);
            }

            if (step.Switchover is { } switchover)
            {
                json.WriteString("switchover", switchover == SwitchoverMode.Restart ? "restart" : "recover");
            }

            if (step.SideEffects.Count > 0)
            {
                json.WriteStartArray("sideEffects");
                foreach (var sideEffect in step.SideEffects)
                {
                    json.WriteStartObject();
                    json.WriteString("element", sideEffect.Element);
                    json.WriteStartObject("attributes");
                    foreach (var (name, value) in sideEffect.Attributes)
                    {
                        json.WritePropertyName(name);
                        json.WriteRawValue(value, skipInputValidation: false);
                    }

                    json.WriteEndObject();
                    if (sideEffect.RequestId is not null)
                    {
                        json.WriteString("requestid", sideEffect.RequestId);
                    }

                    if (sideEffect.Repeated)
                    {
                        json.WriteBoolean("repeated", true);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (step.Error is not null)
            {
                json.WriteString("error", step.Error);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string ToText(SimulationStep step)
    {
        var text = new System.Text.StringBuilder();
        text.Append(step.Switchover is { } switchover ? "switchover (" + switchover.ToString().ToLowerInvariant() + ")" : step.Event is null ? "start" : "event " + step.Event);
        text.Append(": [").Append(string.Join(", ", step.Configuration)).Append(']');
        foreach (var sideEffect in step.SideEffects)
        {
            text.AppendLine().Append("  ").Append(sideEffect.Repeated ? "REPEATED " : "").Append(sideEffect.Signature);
            if (sideEffect.RequestId is not null)
            {
                text.Append(" -> requestid ").Append(sideEffect.RequestId);
            }
        }

        if (step.Error is not null)
        {
            text.AppendLine().Append("  error: ").Append(step.Error);
        }

        return text.ToString();
    }
}
