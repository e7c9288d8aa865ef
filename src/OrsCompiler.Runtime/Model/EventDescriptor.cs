using System;
using System.Collections.Generic;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// One event descriptor of a transition's <c>event</c> attribute, split into dotted tokens once at load time.
/// Matching follows SCXML: a descriptor matches an event whose name starts with the descriptor's tokens
/// (<c>error</c> and <c>error.*</c> both match <c>error.send.failed</c>); <c>*</c> matches every event.
/// </summary>
public sealed class EventDescriptor
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];
    private readonly string[] _tokens;
    private readonly string _prefix;

    public EventDescriptor(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _prefix = Normalize(text);
        IsWildcard = _prefix == "*";
        _tokens = IsWildcard || _prefix.Length == 0 ? [] : _prefix.Split('.');
    }

    /// <summary>The descriptor as written, e.g. <c>error.*</c>.</summary>
    public string Text { get; }

    /// <summary>The dotted tokens without a trailing <c>.*</c>; empty for <c>*</c>.</summary>
    public IReadOnlyList<string> Tokens => _tokens;

    /// <summary>True for <c>*</c>, which matches every event.</summary>
    public bool IsWildcard { get; }

    /// <summary>Splits an <c>event</c> attribute value into descriptors.</summary>
    public static EventDescriptor[] ParseList(string eventAttribute)
    {
        if (eventAttribute is null)
        {
            throw new ArgumentNullException(nameof(eventAttribute));
        }

        var parts = eventAttribute.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var descriptors = new EventDescriptor[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            descriptors[i] = new EventDescriptor(parts[i]);
        }

        return descriptors;
    }

    /// <summary>True when an event with this name is matched by the descriptor (token-wise prefix match).</summary>
    public bool Matches(string eventName) => MatchesPrefix(_prefix, eventName);

    /// <summary>Matches without building a descriptor: the one implementation the linter and engines share.</summary>
    public static bool Matches(string descriptor, string eventName) => MatchesPrefix(Normalize(descriptor), eventName);

    /// <summary>
    /// The prefix a descriptor matches: without a trailing <c>.*</c> or <c>.</c>; <c>*</c> and <c>.*</c> (how the
    /// W3C suite's converted tests spell it) become <c>*</c>.
    /// </summary>
    public static string Normalize(string descriptor)
    {
        if (descriptor is "*" or ".*")
        {
            return "*";
        }

        if (descriptor.EndsWith(".*", StringComparison.Ordinal))
        {
            descriptor = descriptor.Substring(0, descriptor.Length - 2);
        }

        return descriptor.TrimEnd('.');
    }

    // "error" matches "error" and "error.x" but not "errors": the prefix must end at a token boundary.
    private static bool MatchesPrefix(string prefix, string eventName)
    {
        if (prefix == "*")
        {
            return true;
        }

        return prefix.Length > 0
               && eventName is not null
               && eventName.StartsWith(prefix, StringComparison.Ordinal)
               && (eventName.Length == prefix.Length || eventName[prefix.Length] == '.');
    }

    public override string ToString() => Text;
}
