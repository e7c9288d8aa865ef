using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks;

/// <summary>
/// Where lint time and memory go, stage by stage and rule by rule, over the conformance documents: a guide for optimizing, not
/// a benchmark (timestamps around every rule add their own cost). A rule that first asks for a shared analysis pays for it.
/// Run: dotnet run -c Release --project benchmarks/OrsCompiler.Benchmarks -- --profile-lint
/// </summary>
internal static class LintProfile
{
    public static void Run(int rounds = 200)
    {
        var documents = Directory.GetFiles(LintBenchmarks.FindConformanceFolder(), "*.scxml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path: p, Text: File.ReadAllText(p)))
            .ToArray();
        var rules = RuleRegistry.All;
        var ticks = new Dictionary<string, long>();
        var bytes = new Dictionary<string, long>();
        for (var round = 0; round < rounds; round++)
        {
            // The first rounds warm up the JIT and the caches; only the rest count.
            var counting = round >= rounds / 4;
            foreach (var (path, text) in documents)
            {
                var options = AnalysisOptions.Default;
                var t0 = Stopwatch.GetTimestamp();
                var a0 = GC.GetAllocatedBytesForCurrentThread();
                var document = new SourceDocument(path, text);
                var t1 = Stopwatch.GetTimestamp();
                var a1 = GC.GetAllocatedBytesForCurrentThread();
                var tree = SyntaxParser.Parse(document, options.Parse);
                var t2 = Stopwatch.GetTimestamp();
                var a2 = GC.GetAllocatedBytesForCurrentThread();
                var diagnostics = new List<Diagnostic>(tree.Diagnostics);
                if (tree.Root != null)
                {
                    XIncludeProcessor.Process(tree, options, diagnostics);
                }

                var dialect = DialectDetector.Detect(tree.Root, options.Dialect);
                var t3 = Stopwatch.GetTimestamp();
                var a3 = GC.GetAllocatedBytesForCurrentThread();
                var chart = StateChartBuilder.Build(tree, dialect);
                var t4 = Stopwatch.GetTimestamp();
                var a4 = GC.GetAllocatedBytesForCurrentThread();
                if (counting)
                {
                    Add(ticks, bytes, "0 line map", t1 - t0, a1 - a0);
                    Add(ticks, bytes, "0 parse", t2 - t1, a2 - a1);
                    Add(ticks, bytes, "0 xinclude+dialect", t3 - t2, a3 - a2);
                    Add(ticks, bytes, "0 chart", t4 - t3, a4 - a3);
                }

                var context = new DocumentContext(tree, chart, dialect, options, diagnostics, default);
                foreach (var rule in rules)
                {
                    if (tree.Root == null || (rule.RequiresChart && chart == null))
                    {
                        continue;
                    }

                    var start = Stopwatch.GetTimestamp();
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    rule.Analyze(context);
                    if (counting)
                    {
                        Add(ticks, bytes, rule.GetType().Name, Stopwatch.GetTimestamp() - start, GC.GetAllocatedBytesForCurrentThread() - allocated);
                    }
                }

                var t5 = Stopwatch.GetTimestamp();
                var a5 = GC.GetAllocatedBytesForCurrentThread();
                DocumentAnalyzer.FinishForProfile(tree, diagnostics, options);
                if (counting)
                {
                    Add(ticks, bytes, "9 finish", Stopwatch.GetTimestamp() - t5, GC.GetAllocatedBytesForCurrentThread() - a5);
                }
            }
        }

        var counted = rounds - (rounds / 4);
        var total = ticks.Values.Sum();
        Console.WriteLine($"{"stage or rule",-40} {"ms/corpus",10} {"share",7} {"KB/corpus",10}");
        foreach (var (name, value) in ticks.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{name,-40} {Ms(value, counted),10:F3} {100.0 * value / total,6:F1}% {bytes[name] / 1024.0 / counted,10:F1}");
        }

        Console.WriteLine($"{"total",-40} {Ms(total, counted),10:F3} {"",7} {bytes.Values.Sum() / 1024.0 / counted,10:F1}");
    }

    private static double Ms(long ticks, int rounds) => ticks * 1000.0 / Stopwatch.Frequency / rounds;

    private static void Add(Dictionary<string, long> ticks, Dictionary<string, long> bytes, string key, long elapsed, long allocated)
    {
        ticks[key] = ticks.TryGetValue(key, out var sum) ? sum + elapsed : elapsed;
        bytes[key] = bytes.TryGetValue(key, out var total) ? total + allocated : allocated;
    }
}
