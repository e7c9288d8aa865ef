using System;
using System.Collections.Generic;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Model;

/// <summary>
/// SCXML event names and descriptors as the linter reads them (section 3.12.1): splitting and validity here; matching
/// is the runtime's <see cref="EventDescriptor"/>, so the linter and an engine never disagree.
/// </summary>
public static class EventNames
{
    private static readonly char[] Whitespace = { ' ', '\t', '\n', '\r' };

    /// <summary>The descriptors of a transition's <c>event</c> attribute (space separated).</summary>
    public static IReadOnlyList<string> Split(string? eventAttribute) =>
        string.IsNullOrWhiteSpace(eventAttribute)
            ? Array.Empty<string>()
            : eventAttribute!.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);

    public static bool AnyMatches(IEnumerable<string> descriptors, string eventName)
    {
        foreach (var descriptor in descriptors)
        {
            if (EventDescriptor.Matches(descriptor, eventName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A descriptor is <c>*</c> or dot-separated tokens, optionally ending in <c>.*</c>; a token is any run of
    /// characters other than dots, white space and <c>*</c>.
    /// </summary>
    public static bool IsValidDescriptor(string descriptor)
    {
        if (descriptor is "*" or ".*")
        {
            return true;
        }

        var body = descriptor.EndsWith(".*", StringComparison.Ordinal) ? descriptor.Substring(0, descriptor.Length - 2) : descriptor;
        return IsValidName(body.TrimEnd('.'));
    }

    /// <summary>An event name: dot-separated non-empty tokens without white space or <c>*</c>.</summary>
    public static bool IsValidName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var token in name.Split('.'))
        {
            if (token.Length == 0 || token.IndexOf('*') >= 0 || token.IndexOfAny(Whitespace) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
