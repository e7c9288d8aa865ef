using System.Globalization;

namespace OrsCompiler.Engine;

/// <summary>CSS2 time values as <c>&lt;send delay&gt;</c> takes them: <c>5s</c>, <c>.5s</c>, <c>100ms</c>.</summary>
internal static class Delays
{
    public static long? Parse(string text)
    {
        var value = text.Trim();
        double factor;
        if (value.EndsWith("ms", System.StringComparison.Ordinal))
        {
            factor = 1;
            value = value.Substring(0, value.Length - 2);
        }
        else if (value.EndsWith("s", System.StringComparison.Ordinal))
        {
            factor = 1000;
            value = value.Substring(0, value.Length - 1);
        }
        else if (value.EndsWith("m", System.StringComparison.Ordinal))
        {
            factor = 60_000;
            value = value.Substring(0, value.Length - 1);
        }
        else
        {
            factor = 1;
        }

        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? (long)System.Math.Round(number * factor)
            : null;
    }
}
