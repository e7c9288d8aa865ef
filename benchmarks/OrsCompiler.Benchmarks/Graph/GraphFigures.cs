using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Core.Tests.Reporting;
using OrsCompiler.Reporting;
using OrsCompiler.Text;

namespace OrsCompiler.Benchmarks.Graph;

/// <summary>
/// <c>-- --graph-figures [sizes] [cap] [folder]</c>: seconds of Graphviz <c>dot -Tsvg</c> on the flat Composer workflow of issue
/// #16 (tests' <see cref="LargeComposerWorkflow"/>, with its plumbing) for each number of blocks (default 50,150,300),
/// drawn as before the large-chart layout (baseline) and with it. A run longer than cap seconds (default 600) is
/// stopped and shown as "> cap". The DOT and SVG files stay in folder when one is given. dot runs as a program, as <c>orsc graph</c> runs it, once per figure.
/// </summary>
internal static class GraphFigures
{
    public static void Run(string[] args)
    {
        var sizes = args.Length > 0 ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : new[] { 50, 150, 300 };
        var cap = TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 600);
        var dot = GraphvizRenderer.ProgramFromEnvironment();
        var keep = args.Length > 2;
        var folder = keep ? Directory.CreateDirectory(args[2]).FullName : Directory.CreateTempSubdirectory("orsc-graph-figures-").FullName;
        try
        {
            Console.WriteLine("| blocks | source lines | before: dot -Tsvg | now: dot -Tsvg | ratio |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var blocks in sizes)
            {
                var source = LargeComposerWorkflow.Create(blocks);
                var analysis = DocumentAnalyzer.Analyze(new SourceDocument($"Flat{blocks}.scxml", source));
                var graph = StateGraphBuilder.Build(analysis) ?? throw new InvalidOperationException("no chart");
                var before = Time(dot, folder, $"before{blocks}", DotWriter.Write(graph, largeLayoutThreshold: int.MaxValue), cap);
                var now = Time(dot, folder, $"now{blocks}", DotWriter.Write(graph), cap);
                var lines = source.Count(c => c == '\n');
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {blocks} | {lines:N0} | {Show(before, cap)} | {Show(now, cap)} | {Ratio(before, now, cap)} |"));
            }
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // now / before; a stopped baseline ran at least cap seconds, so the ratio is at most now / cap.
    private static string Ratio(double? before, double? now, TimeSpan cap) => (before, now) switch
    {
        ({ } b, { } n) => (n / b).ToString("0.000", CultureInfo.InvariantCulture),
        (null, { } n) => "< " + (n / cap.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture),
        _ => "?",
    };

    private static string Show(double? seconds, TimeSpan cap) =>
        seconds is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "> " + cap.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";

    // Seconds of one dot -Tsvg run, or null when it was stopped at the cap.
    private static double? Time(string dot, string folder, string name, string text, TimeSpan cap)
    {
        var input = Path.Combine(folder, name + ".dot");
        File.WriteAllText(input, text);
        var start = new ProcessStartInfo(dot) { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-Tsvg");
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(Path.Combine(folder, name + ".svg"));
        start.ArgumentList.Add(input);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{dot} did not start");
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(cap))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return null;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{dot} failed on {name}: {errors.Result}");
        }

        return seconds;
    }
}
