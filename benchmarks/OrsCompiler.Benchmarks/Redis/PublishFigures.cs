using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Publishing;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Benchmarks.Redis;

/// <summary>
/// <c>-- --publish-figures [N]</c>: what publishing N Composer-shaped documents costs on the Redis named by
/// ORS_BENCH_REDIS: bytes the servers received (INFO stats total_net_input_bytes less total_net_repl_input_bytes, on
/// every node, read with redis-cli) and wall time, each publish over a fresh connection as one <c>orsc publish</c> run.
/// Bytes cannot be measured by BenchmarkDotNet, hence this mode; <see cref="PublishBenchmarks"/> times the same work.
/// </summary>
internal static class PublishFigures
{
    private const int Repeats = 5;

    public static void Run(int count)
    {
        var configuration = Environment.GetEnvironmentVariable("ORS_BENCH_REDIS")
            ?? throw new InvalidOperationException("Set ORS_BENCH_REDIS to the configuration string of a Redis Cluster (any node).");
        var nodes = Nodes(configuration.Split(',')[0]);
        var documents = ComposerShapedDocuments.Create(count);
        var sizes = documents.Select(document => document.Blob.Length).OrderBy(size => size).ToList();
        var blobBytes = sizes.Sum(size => (long)size);
        Console.WriteLine($"{count} documents on {nodes.Count} node(s); blobs {sizes[0]:N0}-{sizes[^1]:N0} bytes, median {sizes[sizes.Count / 2]:N0}, total {blobBytes:N0}");

        var cluster = "figures-" + Guid.NewGuid().ToString("N")[..8];
        Report("first publish", blobBytes, Enumerable.Range(0, 1).Select(_ => Measure(configuration, nodes, cluster, documents)).ToList());
        Report("unchanged republish", blobBytes, Enumerable.Range(0, Repeats).Select(_ => Measure(configuration, nodes, cluster, documents)).ToList());
        var generation = 0;
        Report("republish, one document changed", blobBytes, Enumerable.Range(0, Repeats).Select(_ =>
        {
            var changed = documents.ToList();
            changed[0] = ComposerShapedDocuments.Create(1, ++generation)[0];
            return Measure(configuration, nodes, cluster, changed);
        }).ToList());
    }

    private static (long Bytes, TimeSpan Time) Measure(string configuration, IReadOnlyList<string> nodes, string cluster, IReadOnlyCollection<DocumentToPublish> documents)
    {
        var before = nodes.Sum(ClientInputBytes);
        var clock = Stopwatch.StartNew();
        using (var redis = RedisConnector.ConnectAsync(configuration).GetAwaiter().GetResult())
        {
            new ReleaseStore(redis, cluster).PublishAsync(documents).GetAwaiter().GetResult();
        }

        var time = clock.Elapsed;
        return (nodes.Sum(ClientInputBytes) - before, time);
    }

    private static void Report(string what, long blobBytes, IReadOnlyList<(long Bytes, TimeSpan Time)> runs)
    {
        var bytes = runs.Select(run => run.Bytes).OrderBy(b => b).ToList();
        var times = runs.Select(run => run.Time.TotalMilliseconds).OrderBy(t => t).ToList();
        Console.WriteLine(
            $"{what}: median {bytes[bytes.Count / 2]:N0} bytes sent ({(double)bytes[bytes.Count / 2] / blobBytes:P3} of the blob bytes), " +
            $"median {times[times.Count / 2]:N0} ms (min {times[0]:N0}, max {times[^1]:N0}) over {runs.Count} run(s)");
    }

    private static IReadOnlyList<string> Nodes(string endpoint)
    {
        var text = Cli(endpoint, "cluster", "nodes");
        var nodes = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 2 && !fields[2].Contains("fail", StringComparison.Ordinal))
            .Select(fields => fields[1].Split('@')[0])
            .ToList();
        return nodes.Count > 0 ? nodes : new[] { endpoint };
    }

    private static long ClientInputBytes(string endpoint)
    {
        var stats = Cli(endpoint, "info", "stats").Split('\n').Select(line => line.Trim()).ToList();
        long Stat(string name) => long.Parse(stats.First(line => line.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..], CultureInfo.InvariantCulture);
        return Stat("total_net_input_bytes") - Stat("total_net_repl_input_bytes");
    }

    private static string Cli(string endpoint, params string[] command)
    {
        var colon = endpoint.LastIndexOf(':');
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-h", endpoint[..colon], "-p", endpoint[(colon + 1)..] }.Concat(command))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot run redis-cli.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }
}
