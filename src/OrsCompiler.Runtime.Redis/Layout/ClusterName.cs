using System;
using System.Text.RegularExpressions;

namespace OrsCompiler.Runtime.Redis.Layout;

/// <summary>The ORS cluster name that scopes every key (<c>ORS:&lt;cluster name&gt;</c>).</summary>
/// <remarks>Letters, digits, '_', '.', '-' only: no ':' to escape the key space, no '{' or '}' to break the hash tag.</remarks>
public static class ClusterName
{
    private static readonly Regex Valid = new("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant);

    public static bool IsValid(string? name) => name != null && Valid.IsMatch(name);

    /// <exception cref="ArgumentException">The name is empty, too long or has a character outside [A-Za-z0-9_.-].</exception>
    public static string Validate(string? name)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"Invalid cluster name '{name}': use 1 to 64 characters from A-Z, a-z, 0-9, '_', '.', '-'.");
        }

        return name!;
    }
}
