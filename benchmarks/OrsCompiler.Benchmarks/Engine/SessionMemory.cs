using System;
using System.Collections.Generic;
using OrsCompiler.Engine;

namespace OrsCompiler.Benchmarks.Engine;

/// <summary>
/// <c>-- --session-memory</c>: bytes retained per idle session of the restart-safe voice strategy (1,000 sessions
/// waiting for their interaction, measured with full collections before and after).
/// </summary>
internal static class SessionMemory
{
    public static void Run()
    {
        const int Sessions = 1_000;
        var document = EngineDocuments.Load(EngineDocuments.Repository("examples", "RoutingStrategies", "Strategies", "RestartSafeVoiceRouting.scxml"));
        new ScxmlInterpreter().Start(document);
        var held = new List<ScxmlSession>(Sessions);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < Sessions; i++)
        {
            held.Add(new ScxmlInterpreter().Start(document));
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"{Sessions} idle sessions of {document.Name}: {(after - before) / Sessions:N0} bytes per session (in {string.Join(",", held[0].Configuration)})");
        GC.KeepAlive(held);
    }
}
