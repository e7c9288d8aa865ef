using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Cli.Simulation;
using OrsCompiler.Engine;

namespace OrsCompiler.Engine.Tests.Conformance;

/// <summary>Runs one conformance document through compile, blob, load and interpret against its event script.</summary>
internal static class ConformanceRunner
{
    /// <summary>Null when the document behaves as its script expects, otherwise why not.</summary>
    public static string? Run(string scxmlPath)
    {
        var scriptPath = Path.ChangeExtension(scxmlPath, ".json");
        if (!File.Exists(scriptPath))
        {
            return "no event script " + Path.GetFileName(scriptPath);
        }

        CompiledDocumentOrError compiled;
        try
        {
            compiled = new CompiledDocumentOrError(CompilingDocumentSources.CompileFile(scxmlPath), null);
        }
        catch (InvalidOperationException exception)
        {
            compiled = new CompiledDocumentOrError(null, exception.Message);
        }

        if (compiled.Document is null)
        {
            return "compile: " + compiled.Error;
        }

        var script = EventScript.Parse(File.ReadAllText(scriptPath));
        var interpreter = new ScxmlInterpreter(EngineLimits.Default, CompilingDocumentSources.ForFolder(Path.GetDirectoryName(scxmlPath)!));
        var session = interpreter.Start(compiled.Document);
        if (Mismatch("after start", session.Configuration, script.InitialConfiguration, interpreter) is { } startProblem)
        {
            return startProblem;
        }

        var step = 0;
        foreach (var scriptStep in script.Steps)
        {
            step++;
            interpreter.Advance(scriptStep.After);
            interpreter.Send(session, scriptStep.Event);
            if (Mismatch("after event " + step + " '" + scriptStep.Event.Name + "'", session.Configuration, scriptStep.NextConfiguration, interpreter) is { } problem)
            {
                return problem;
            }
        }

        return interpreter.Failure;
    }

    private static string? Mismatch(string when, IReadOnlyList<string> actual, IReadOnlyList<string>? expected, ScxmlInterpreter interpreter)
    {
        if (interpreter.Failure is { } failure)
        {
            return when + ": " + failure;
        }

        if (expected is null || actual.OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(expected.OrderBy(s => s, StringComparer.Ordinal)))
        {
            return null;
        }

        var errors = interpreter.Log.Where(l => l.Contains(" error.", StringComparison.Ordinal)).Take(3);
        return when + ": in [" + string.Join(",", actual) + "], expected [" + string.Join(",", expected) + "]" + (errors.Any() ? " (" + string.Join(" | ", errors) + ")" : "");
    }

    private sealed record CompiledDocumentOrError(OrsCompiler.Runtime.Model.CompiledDocument? Document, string? Error);
}
