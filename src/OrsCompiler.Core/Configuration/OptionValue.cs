using System;
using OrsCompiler.Model;

namespace OrsCompiler.Configuration;

/// <summary>
/// Parses option values as MSBuild properties, item metadata and .editorconfig write them, for every front end.
/// Each returns false for a malformed value; an empty value is valid and yields null ("not set here").
/// </summary>
public static class OptionValue
{
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

    /// <summary>A duration in <see cref="DurationText"/> form (<c>24h</c>, <c>90m</c>, <c>1d</c>).</summary>
    public static bool TryParseTimeSpan(string? value, out TimeSpan? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DurationText.TryParse(value, out var duration) && duration > TimeSpan.Zero)
        {
            result = duration;
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
