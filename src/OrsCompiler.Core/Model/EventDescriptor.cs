using System;
using System.Collections.Generic;

namespace OrsCompiler.Model;

/// <summary>
/// SCXML event descriptors (section 3.12.1): a descriptor matches an event whose name equals it or starts with it
/// followed by a dot, token by token; <c>*</c> matches every event; a trailing <c>.*</c> is the same as none.
/// </summary>
public static class EventDescriptor
{
    private static readonly char[] Whitespace = { ' ', '\t', '\n', '\r' };

    /// <summary>The descriptors of a transition's <c>event</c> attribute (space separated).</summary>
    public static IReadOnlyList<string> Split(string? eventAttribute) =>
        string.IsNullOrWhiteSpace(eventAttribute)
            ? Array.Empty<string>()
            : eventAttribute!.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The descriptor without a trailing <c>.*</c> or <c>.</c>; <c>*</c> and <c>.*</c> become <c>*</c>.</summary>
    public static string Normalize(string descriptor) => Runtime.EventDescriptor.Normalize(descriptor);

    /// <summary>SCXML matching, shared with the runtime so the linter and an engine never disagree.</summary>
    public static bool Matches(string descriptor, string eventName) => Runtime.EventDescriptor.Matches(descriptor, eventName);

    public static bool AnyMatches(IEnumerable<string> descriptors, string eventName)
    {
        foreach (var descriptor in descriptors)
        {
            if (Matches(descriptor, eventName))
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
