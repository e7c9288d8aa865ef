using System;
using System.Globalization;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Configuration;

/// <summary>
/// Parses option values as MSBuild properties, item metadata and .editorconfig write them, for every front end.
/// Each returns false for a malformed value; an empty value is valid and yields null ("not set here").
/// </summary>
public static class OptionValue
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

    /// <summary>
    /// A severity in Roslyn's words (<c>dotnet_diagnostic.ID.severity</c>): error, warning, suggestion (info), silent or
    /// none (suppressed); also info. <c>default</c> (or empty) yields null: the rule's own severity.
    /// </summary>
    public static bool TryParseSeverity(string? value, out DiagnosticSeverity? result)
    {
        result = null;
        switch ((value ?? "").Trim().ToLowerInvariant())
        {
            case "":
            case "default": return true;
            case "error": result = DiagnosticSeverity.Error; return true;
            case "warning": result = DiagnosticSeverity.Warning; return true;
            case "suggestion":
            case "info": result = DiagnosticSeverity.Info; return true;
            case "silent":
            case "hidden":
            case "none": result = DiagnosticSeverity.None; return true;
            default: return false;
        }
    }
}
