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
/// Where lint time goes, stage by stage and rule by rule, over the conformance documents: a guide for optimizing, not
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
        for (var round = 0; round < rounds; round++)
        {
            // The first rounds warm up the JIT and the caches; only the rest count.
            var counting = round >= rounds / 4;
            foreach (var (path, text) in documents)
            {
                var options = AnalysisOptions.Default;
                var t0 = Stopwatch.GetTimestamp();
                var document = new SourceDocument(path, text);
                var t1 = Stopwatch.GetTimestamp();
                var tree = SyntaxParser.Parse(document, options.Parse);
                var t2 = Stopwatch.GetTimestamp();
                var diagnostics = new List<Diagnostic>(tree.Diagnostics);
                if (tree.Root != null)
                {
                    XIncludeProcessor.Process(tree, options, diagnostics);
                }

                var dialect = DialectDetector.Detect(tree.Root, options.Dialect);
                var t3 = Stopwatch.GetTimestamp();
                var chart = StateChartBuilder.Build(tree, dialect);
                var t4 = Stopwatch.GetTimestamp();
                if (counting)
                {
                    Add(ticks, "0 line map", t1 - t0);
                    Add(ticks, "0 parse", t2 - t1);
                    Add(ticks, "0 xinclude+dialect", t3 - t2);
                    Add(ticks, "0 chart", t4 - t3);
                }

                var context = new DocumentContext(tree, chart, dialect, options, diagnostics, default);
                foreach (var rule in rules)
                {
                    if (tree.Root == null || (rule.RequiresChart && chart == null))
                    {
                        continue;
                    }

                    var start = Stopwatch.GetTimestamp();
                    rule.Analyze(context);
                    if (counting)
                    {
                        Add(ticks, rule.GetType().Name, Stopwatch.GetTimestamp() - start);
                    }
                }

                var t5 = Stopwatch.GetTimestamp();
                DocumentAnalyzer.FinishForProfile(tree, diagnostics, options);
                if (counting)
                {
                    Add(ticks, "9 finish", Stopwatch.GetTimestamp() - t5);
                }
            }
        }

        var counted = rounds - (rounds / 4);
        var total = ticks.Values.Sum();
        Console.WriteLine($"{"stage or rule",-40} {"ms/corpus",10} {"share",7}");
        foreach (var (name, value) in ticks.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{name,-40} {Ms(value, counted),10:F3} {100.0 * value / total,6:F1}%");
        }

        Console.WriteLine($"{"total",-40} {Ms(total, counted),10:F3}");
    }

    private static double Ms(long ticks, int rounds) => ticks * 1000.0 / Stopwatch.Frequency / rounds;

    private static void Add(Dictionary<string, long> ticks, string key, long value) =>
        ticks[key] = ticks.TryGetValue(key, out var sum) ? sum + value : value;
}
