using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks;

/// <summary>
/// Where lint time and memory go, stage by stage and rule by rule, over the conformance documents: a guide for
/// optimizing, not a benchmark (the timestamps around every rule add their own cost). A rule that first asks for a
/// shared analysis pays for it.
/// Run: dotnet run -c Release --project benchmarks/OrsCompiler.Benchmarks -- --profile-lint
/// </summary>
internal sealed class LintProfile : IAnalysisProbe
{
    private readonly Dictionary<string, (long Ticks, long Bytes)> _totals = new();
    private long _startTicks;
    private long _startBytes;
    private bool _counting;

    public static void Run(int rounds = 200)
    {
        var documents = Directory.GetFiles(LintBenchmarks.FindConformanceFolder(), "*.scxml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .ToArray();
        var profile = new LintProfile();
        for (var round = 0; round < rounds; round++)
        {
            // The first rounds warm up the JIT and the caches; only the rest count.
            profile._counting = round >= rounds / 4;
            foreach (var (path, text) in documents)
            {
                profile.Begin();
                var document = new SourceDocument(path, text);
                profile.End("line map");
                DocumentAnalyzer.Analyze(document, options: null, cancellationToken: default, probe: profile);
            }
        }

        profile.Print(rounds - (rounds / 4));
    }

    public void Begin()
    {
        _startBytes = GC.GetAllocatedBytesForCurrentThread();
        _startTicks = Stopwatch.GetTimestamp();
    }

    public void End(string name)
    {
        var ticks = Stopwatch.GetTimestamp() - _startTicks;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - _startBytes;
        if (_counting)
        {
            var (totalTicks, totalBytes) = _totals.TryGetValue(name, out var total) ? total : (0, 0);
            _totals[name] = (totalTicks + ticks, totalBytes + bytes);
        }
    }

    private void Print(int rounds)
    {
        var allTicks = _totals.Values.Sum(t => t.Ticks);
        Console.WriteLine($"{"stage or rule",-40} {"ms/corpus",10} {"share",7} {"KB/corpus",10}");
        foreach (var (name, (ticks, bytes)) in _totals.OrderByDescending(p => p.Value.Ticks).Take(40))
        {
            Console.WriteLine($"{name,-40} {Ms(ticks, rounds),10:F3} {100.0 * ticks / allTicks,6:F1}% {bytes / 1024.0 / rounds,10:F1}");
        }

        Console.WriteLine($"{"total",-40} {Ms(allTicks, rounds),10:F3} {"",7} {_totals.Values.Sum(t => t.Bytes) / 1024.0 / rounds,10:F1}");
    }

    private static double Ms(long ticks, int rounds) => ticks * 1000.0 / Stopwatch.Frequency / rounds;
}
