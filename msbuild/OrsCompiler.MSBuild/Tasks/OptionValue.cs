using System;
using System.Globalization;
using OrsCompiler.Model;

namespace OrsCompiler.MSBuild.Tasks;

/// <summary>Parses option values as projects write them; an unset value (empty) keeps the lower layer's value.</summary>
internal static class OptionValue
{
    // Longest suffix first: "ms" before "m" and "s".
    private static readonly (string Suffix, Func<double, TimeSpan> Make)[] Units =
    {
        ("ms", TimeSpan.FromMilliseconds), ("s", TimeSpan.FromSeconds), ("m", TimeSpan.FromMinutes), ("h", TimeSpan.FromHours), ("d", TimeSpan.FromDays),
    };

    public static bool TryParseBool(string? value, out bool? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (bool.TryParse(value!.Trim(), out var parsed))
        {
            result = parsed;
            return true;
        }

        return false;
    }

    /// <summary>A duration as <c>orsc</c> takes it: <c>24h</c>, <c>90m</c>, <c>30s</c>, <c>1d</c>, <c>500ms</c> or a TimeSpan (<c>1.00:00:00</c>).</summary>
    public static bool TryParseTimeSpan(string? value, out TimeSpan? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var text = value!.Trim();
        foreach (var (suffix, make) in Units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)
                && double.TryParse(text.Substring(0, text.Length - suffix.Length), NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                && amount > 0)
            {
                result = make(amount);
                return true;
            }
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            result = span;
            return true;
        }

        return false;
    }

    public static bool TryParseDialect(string? value, out Dialect? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (Enum.TryParse<Dialect>(value!.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(typeof(Dialect), parsed))
        {
            result = parsed;
            return true;
        }

        return false;
    }
}
