using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using OrsCompiler.Engine;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Benchmarks.Engine;

/// <summary>
/// <c>-- --engine-vs-scion [seconds]</c>: macrosteps per second of the engine and of SCION under Node in the same run,
/// on the same documents and event scripts (<see cref="EngineBenchmarks"/>'s routing call and conformance corpus).
/// A macrostep is a start or an external event. Each workload is warmed up once, then repeated for the given time
/// (3 s by default). The SCION side is benchmarks/node/scion-macrosteps.js (npm ci there first).
/// </summary>
internal static class EngineVsScion
{
    public static void Run(double seconds)
    {
        var routing = EngineDocuments.Load(EngineDocuments.Repository("examples", "RoutingStrategies", "Strategies", "RestartSafeVoiceRouting.scxml"));
        ScxmlEvent[] call =
        [
            new ScxmlEvent("interaction.added") { DataJson = "{\"interactionid\":\"ixn-1\"}" },
            new ScxmlEvent("dialog.play.done") { DataJson = "{\"requestid\":\"req1\"}" },
            new ScxmlEvent("queue.submit.done") { DataJson = "{\"requestid\":\"req2\"}" },
        ];
        var corpus = EngineDocuments.Corpus(out var rejected);
        var runs = corpus.Select(c => (c.Document, c.Sources, c.Script)).ToArray();

        var last = RoutingCall(routing, call);
        if (last is not ["finished"])
        {
            throw new InvalidOperationException("the engine ended the routing call in " + string.Join(",", last));
        }

        var routingFigure = Measure(() => { RoutingCall(routing, call); return 1 + call.Length; }, seconds);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            RoutingCall(routing, call);
        }

        var bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1000;
        var ours = new[]
        {
            ("routing call (RestartSafeVoiceRouting, start + 3 events); SCION reusing one prepared model", routingFigure),
            ("routing call; SCION preparing the model per session, as its test server does", routingFigure),
            ($"conformance corpus ({corpus.Length} documents with event scripts); SCION preparing per session", Measure(() => EngineDocuments.RunCorpus(runs), seconds)),
        };

        var scion = RunScion(seconds, rejected);
        var theirs = new[] { scion.GetProperty("routingCall"), scion.GetProperty("routingCallPreparedPerSession"), scion.GetProperty("conformanceCorpus") };
        Console.WriteLine($"engine (.NET {Environment.Version}) vs SCION {scion.GetProperty("scion").GetString()} (Node {scion.GetProperty("node").GetString()}), {seconds.ToString(CultureInfo.InvariantCulture)} s per workload");
        for (var i = 0; i < ours.Length; i++)
        {
            var (name, (macrosteps, milliseconds)) = ours[i];
            var oursPerSecond = macrosteps / (milliseconds / 1000);
            var scionPerSecond = theirs[i].GetProperty("macrostepsPerSecond").GetDouble();
            Console.WriteLine($"{name}:");
            Console.WriteLine($"  engine: {macrosteps:N0} macrosteps in {milliseconds:N0} ms = {oursPerSecond:N0} macrosteps/s");
            Console.WriteLine($"  SCION:  {theirs[i].GetProperty("macrosteps").GetInt64():N0} macrosteps in {theirs[i].GetProperty("milliseconds").GetDouble():N0} ms = {scionPerSecond:N0} macrosteps/s");
            Console.WriteLine($"  engine / SCION = {oursPerSecond / scionPerSecond:0.00}");
        }

        Console.WriteLine($"engine: {bytesPerCall:N0} bytes allocated per routing call");
        if (scion.TryGetProperty("bytesPerIdleSession", out var bytes))
        {
            Console.WriteLine($"SCION: {bytes.GetInt64():N0} bytes per idle routing session (the engine's: run -- --session-memory)");
        }

        if (rejected.Length > 0)
        {
            Console.WriteLine($"left out on both sides, rejected by the compiler: {string.Join(", ", rejected)}");
        }

        var skipped = scion.GetProperty("conformanceCorpus").GetProperty("skipped");
        if (skipped.GetArrayLength() > 0)
        {
            Console.WriteLine($"SCION could not load {skipped.GetArrayLength()} corpus documents: {skipped}");
        }
    }

    private static string[] RoutingCall(CompiledDocument routing, ScxmlEvent[] call)
    {
        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(routing);
        foreach (var scxmlEvent in call)
        {
            interpreter.Send(session, scxmlEvent);
        }

        return [.. session.Configuration];
    }

    private static (long Macrosteps, double Milliseconds) Measure(Func<int> pass, double seconds)
    {
        pass();
        long macrosteps = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            macrosteps += pass();
        }
        while (watch.Elapsed.TotalSeconds < seconds);

        return (macrosteps, watch.Elapsed.TotalMilliseconds);
    }

    private static JsonElement RunScion(double seconds, string[] excluded)
    {
        var folder = EngineDocuments.Repository("benchmarks", "node");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@scion-scxml", "scxml")))
        {
            throw new InvalidOperationException("SCION is not installed: run `npm ci` in " + folder);
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--expose-gc");
        start.ArgumentList.Add("scion-macrosteps.js");
        start.ArgumentList.Add(Path.GetFullPath(Path.Combine(folder, "..", "..")));
        start.ArgumentList.Add(seconds.ToString(CultureInfo.InvariantCulture));
        foreach (var name in excluded)
        {
            start.ArgumentList.Add(name);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException("the SCION side failed: " + error.Result);
        }

        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
    }
}
