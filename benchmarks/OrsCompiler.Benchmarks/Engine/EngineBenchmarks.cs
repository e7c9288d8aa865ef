using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using OrsCompiler.Engine;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Benchmarks.Engine;

/// <summary>
/// Issue 14: macrosteps per second of the engine (documents compiled and loaded in setup; the time is interpretation,
/// ECMAScript included). <c>RoutingCall</c>: a whole call of the restart-safe voice strategy (start and three events:
/// 4 macrosteps). <c>Macrostep</c>: one external event on a running session of that strategy's shape.
/// <c>ConformanceCorpus</c>: the scripted conformance documents the compiler accepts (315 of 316), each started and fed
/// its event script. SCION beside it in the same run: <c>-- --engine-vs-scion</c> (<see cref="EngineVsScion"/>).
/// Run: dotnet run -c Release --project benchmarks/OrsCompiler.Benchmarks -- --filter '*EngineBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 5)]
public class EngineBenchmarks
{
    private CompiledDocument _routing = null!;
    private CompiledDocument _toggle = null!;
    private (CompiledDocument Document, DocumentSources Sources, EventScript Script)[] _corpus = null!;
    private ScxmlInterpreter _interpreter = null!;
    private ScxmlSession _session = null!;
    private ScxmlEvent[] _events = null!;

    [GlobalSetup]
    public void Setup()
    {
        _routing = EngineDocuments.Load(EngineDocuments.Repository("examples", "RoutingStrategies", "Strategies", "RestartSafeVoiceRouting.scxml"));
        _events =
        [
            new ScxmlEvent("interaction.added") { DataJson = "{\"interactionid\":\"ixn-1\"}" },
            new ScxmlEvent("dialog.play.done") { DataJson = "{\"requestid\":\"req1\"}" },
            new ScxmlEvent("queue.submit.done") { DataJson = "{\"requestid\":\"req2\"}" },
        ];
        var toggle = Path.Combine(Path.GetTempPath(), "engine-benchmark-toggle.scxml");
        File.WriteAllText(toggle,
            "<scxml xmlns='http://www.w3.org/2005/07/scxml' version='1.0' datamodel='ecmascript'><datamodel><data id='n' expr='0'/></datamodel>"
            + "<state id='a'><transition event='t' cond='n &gt;= 0' target='b'><assign location='n' expr='n + 1'/></transition></state>"
            + "<state id='b'><transition event='t' target='a'/></state></scxml>");
        _toggle = EngineDocuments.Load(toggle);
        _interpreter = new ScxmlInterpreter();
        _session = _interpreter.Start(_toggle);

        _corpus = EngineDocuments.Corpus(out _).Select(c => (c.Document, c.Sources, c.Script)).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 4)]
    public int RoutingCall()
    {
        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(_routing);
        foreach (var scxmlEvent in _events)
        {
            interpreter.Send(session, scxmlEvent);
        }

        return session.Configuration.Count;
    }

    [Benchmark]
    public int Macrostep()
    {
        _interpreter.Send(_session, new ScxmlEvent("t"));
        return _session.Configuration.Count;
    }

    [Benchmark]
    public int ConformanceCorpus() => EngineDocuments.RunCorpus(_corpus);
}
