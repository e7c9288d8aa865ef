using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Redis;

namespace RuntimeHost;

/// <summary>
/// <c>dotnet run --project examples/RuntimeHost -- --redis 127.0.0.1:6379 --cluster prod [seconds]</c>: serves the
/// current release of an ORS cluster name from Redis with hot reload, the circuit breaker and metrics on, and prints
/// every few seconds what it serves, the breaker's state and the source's metrics. Stop Redis meanwhile to watch the
/// loaded documents stay served while the breaker opens.
/// </summary>
internal static class RedisHost
{
    public static async Task<int> RunAsync(string configuration, string clusterName, TimeSpan duration)
    {
        using var metrics = new MeterListener();
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        metrics.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RedisDocumentSource.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        metrics.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(totals, instrument.Name, value));
        metrics.SetMeasurementEventCallback<double>((instrument, _, _, _) => Add(totals, instrument.Name, 1)); // histograms: count
        metrics.Start();

        using var source = await RedisDocumentSource.ConnectAsync(new RedisDocumentSourceOptions
        {
            Configuration = configuration,
            ClusterName = clusterName,
            HotReload = true,
            PollInterval = TimeSpan.FromSeconds(2),
            OperationTimeout = TimeSpan.FromSeconds(1),
            BreakerFailureThreshold = 3,
            BreakerSamplingWindow = TimeSpan.FromSeconds(10),
            BreakerBreakDuration = TimeSpan.FromSeconds(5),
        }).ConfigureAwait(false);
        source.ReleaseChanged += (_, e) => Console.WriteLine($"release {e.PreviousReleaseId ?? "none"} -> {e.ReleaseId}");

        var names = new List<string>();
        var end = DateTime.UtcNow + duration;
        while (DateTime.UtcNow < end)
        {
            foreach (var name in names.Count == 0 ? DocumentNames(source) : names.ToList())
            {
                try
                {
                    var document = await source.GetDocumentAsync(name).ConfigureAwait(false);
                    Console.WriteLine($"  {name}: {document.States.Count} states, release {source.ReleaseId}");
                    if (!names.Contains(name))
                    {
                        names.Add(name);
                    }
                }
                catch (Exception e) when (e is RedisUnavailableException or DocumentNotFoundException)
                {
                    Console.WriteLine($"  {name}: {e.Message}");
                }
            }

            lock (totals)
            {
                Console.WriteLine($"breaker {source.CircuitState}; " + string.Join(", ", totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}")));
            }

            await Task.Delay(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        }

        return 0;
    }

    // The example asks for the documents of the release it loaded first, and keeps asking for them.
    private static IReadOnlyList<string> DocumentNames(RedisDocumentSource source) =>
        source.Release?.Documents.Keys.OrderBy(name => name, StringComparer.Ordinal).ToList() ?? new List<string>();

    private static void Add(Dictionary<string, double> totals, string name, double value)
    {
        lock (totals)
        {
            totals[name] = totals.TryGetValue(name, out var total) ? total + value : value;
        }
    }
}
