using System;
using System.Globalization;

namespace OrsCompiler.Configuration;

/// <summary>
/// Durations written as a number and a unit: <c>500ms</c>, <c>30s</c>, <c>1.5m</c>, <c>24h</c>, <c>2d</c> (the CSS2 time
/// values of <c>&lt;send delay&gt;</c> plus the larger units configuration files use).
/// </summary>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text == null)
        {
            return false;
        }

        var s = text.Trim();
        var unitStart = s.Length;
        while (unitStart > 0 && char.IsLetter(s[unitStart - 1]))
        {
            unitStart--;
        }

        var number = s.Substring(0, unitStart);
        if (number.Length == 0 || number[0] == '-' || number[0] == '+'
            || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        double? milliseconds = s.Substring(unitStart).ToLowerInvariant() switch
        {
            "ms" => value,
            "s" => value * 1000,
            "m" => value * 60_000,
            "h" => value * 3_600_000,
            "d" => value * 86_400_000,
            _ => null,
        };

        // TimeSpan.MaxValue is about 29,000 years: anything beyond it is no duration a server could wait for.
        if (milliseconds == null || milliseconds.Value >= TimeSpan.MaxValue.TotalMilliseconds)
        {
            return false;
        }

        duration = TimeSpan.FromMilliseconds(milliseconds.Value);
        return true;
    }

    /// <summary>An exact form in the largest unit up to hours (as people write session lifetimes): <c>24h</c>, <c>90m</c>, <c>1500ms</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var ms = (long)duration.TotalMilliseconds;
        return ms % 3_600_000 == 0 && ms != 0 ? $"{ms / 3_600_000}h"
            : ms % 60_000 == 0 && ms != 0 ? $"{ms / 60_000}m"
            : ms % 1000 == 0 ? $"{ms / 1000}s"
            : $"{ms}ms";
    }
}
