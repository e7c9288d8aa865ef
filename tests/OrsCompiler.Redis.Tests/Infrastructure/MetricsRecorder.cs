using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using OrsCompiler.Runtime.Redis;

namespace OrsCompiler.Redis.Tests.Infrastructure;

/// <summary>Records what a source reports through its meter, for one ORS cluster name (tests run side by side).</summary>
internal sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly string _clusterName;
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MetricsRecorder(string clusterName)
    {
        _clusterName = clusterName;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RedisDocumentSource.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> All => _measurements.ToList();

    /// <summary>The sum of a counter, or the number of recordings of a histogram, optionally with one tag value.</summary>
    public double Total(string instrument, string? tag = null, string? value = null) =>
        Of(instrument, tag, value).Sum(measurement => measurement.IsHistogram ? 1 : measurement.Value);

    public IEnumerable<Measurement> Of(string instrument, string? tag = null, string? value = null) =>
        _measurements.Where(measurement => measurement.Instrument == instrument && (tag == null || Equals(measurement.Tag(tag), value)));

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = tags.ToArray();
        if (copied.Any(tag => tag.Key == "ors.cluster.name" && Equals(tag.Value, _clusterName)))
        {
            _measurements.Enqueue(new Measurement(instrument.Name, instrument.Unit, instrument is Histogram<double>, value, DateTime.UtcNow, copied));
        }
    }

    internal sealed record Measurement(string Instrument, string? Unit, bool IsHistogram, double Value, DateTime At, IReadOnlyList<KeyValuePair<string, object?>> Tags)
    {
        public object? Tag(string key) => Tags.FirstOrDefault(tag => tag.Key == key).Value;
    }
}
