using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OrsCompiler.Runtime.Redis.Resilience;

/// <summary>
/// The source's own settings: <see cref="RedisDocumentSourceOptions"/>, overridden by the <c>ors*</c> keys of the
/// configuration string (so operators tune them where they set the endpoints). Those keys are taken out before the
/// string reaches the client, which rejects keys it does not know.
/// </summary>
internal sealed class SourceSettings
{
    private const string OperationTimeoutKey = "orsOperationTimeout";
    private const string FailuresKey = "orsBreakerFailures";
    private const string RatioKey = "orsBreakerFailureRatio";
    private const string WindowKey = "orsBreakerWindow";
    private const string BreakKey = "orsBreakDuration";

    private SourceSettings(string clientConfiguration, RedisDocumentSourceOptions options, IReadOnlyDictionary<string, string> overrides)
    {
        ClientConfiguration = clientConfiguration;
        OperationTimeout = Milliseconds(overrides, OperationTimeoutKey) ?? options.OperationTimeout;
        BreakerFailureThreshold = Integer(overrides, FailuresKey) ?? options.BreakerFailureThreshold;
        BreakerFailureRatio = Ratio(overrides, RatioKey) ?? options.BreakerFailureRatio;
        BreakerSamplingWindow = Milliseconds(overrides, WindowKey) ?? options.BreakerSamplingWindow;
        BreakerBreakDuration = Milliseconds(overrides, BreakKey) ?? options.BreakerBreakDuration;
        Require(OperationTimeout > TimeSpan.Zero, "The operation timeout must be positive.");
        Require(BreakerFailureThreshold >= 2, "The breaker needs at least 2 failures to open (Polly's minimum throughput).");
        Require(BreakerFailureRatio > 0 && BreakerFailureRatio <= 1, "The breaker failure ratio must be in (0, 1].");
        Require(BreakerSamplingWindow >= TimeSpan.FromMilliseconds(500), "The breaker window must be at least 500 ms.");
        Require(BreakerBreakDuration >= TimeSpan.FromMilliseconds(500), "The break duration must be at least 500 ms.");
    }

    /// <summary>The configuration string without our keys, for StackExchange.Redis.</summary>
    public string ClientConfiguration { get; }

    public TimeSpan OperationTimeout { get; }

    public int BreakerFailureThreshold { get; }

    public double BreakerFailureRatio { get; }

    public TimeSpan BreakerSamplingWindow { get; }

    public TimeSpan BreakerBreakDuration { get; }

    /// <exception cref="ArgumentException">An <c>ors*</c> key has a bad value, or an option is out of range.</exception>
    public static SourceSettings From(RedisDocumentSourceOptions options)
    {
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        foreach (var part in (options.Configuration ?? "").Split(','))
        {
            var equals = part.IndexOf('=');
            var key = equals > 0 ? part.Substring(0, equals).Trim() : "";
            if (key.StartsWith("ors", StringComparison.OrdinalIgnoreCase))
            {
                overrides[key] = part.Substring(equals + 1).Trim();
            }
            else
            {
                kept.Add(part);
            }
        }

        var unknown = overrides.Keys.FirstOrDefault(key => !new[] { OperationTimeoutKey, FailuresKey, RatioKey, WindowKey, BreakKey }.Contains(key, StringComparer.OrdinalIgnoreCase));
        Require(unknown == null, $"Unknown setting '{unknown}' in the Redis configuration string.");
        return new SourceSettings(string.Join(",", kept), options, overrides);
    }

    private static TimeSpan? Milliseconds(IReadOnlyDictionary<string, string> overrides, string key) =>
        Integer(overrides, key) is { } ms ? TimeSpan.FromMilliseconds(ms) : null;

    private static int? Integer(IReadOnlyDictionary<string, string> overrides, string key)
    {
        if (!overrides.TryGetValue(key, out var text))
        {
            return null;
        }

        Require(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value), $"'{key}' needs a whole number, not '{text}'.");
        return value;
    }

    private static double? Ratio(IReadOnlyDictionary<string, string> overrides, string key)
    {
        if (!overrides.TryGetValue(key, out var text))
        {
            return null;
        }

        Require(double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value), $"'{key}' needs a number, not '{text}'.");
        return value;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
