using System;
using System.Collections.Generic;

namespace OrsCompiler.Runtime;

/// <summary>
/// One event descriptor of a transition's <c>event</c> attribute, split into dotted tokens once at load time.
/// Matching follows SCXML: a descriptor matches an event whose name starts with the descriptor's tokens
/// (<c>error</c> and <c>error.*</c> both match <c>error.send.failed</c>); <c>*</c> matches every event.
/// </summary>
public sealed class EventDescriptor
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n'];
    private readonly string[] _tokens;

    public EventDescriptor(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        var trimmed = text;
        if (trimmed.EndsWith(".*", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(0, trimmed.Length - 2);
        }

        IsWildcard = trimmed == "*";
        _tokens = IsWildcard || trimmed.Length == 0 ? [] : trimmed.Split('.');
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
    public bool Matches(string eventName)
    {
        if (IsWildcard)
        {
            return true;
        }

        if (_tokens.Length == 0 || eventName is null)
        {
            return false;
        }

        var position = 0;
        for (var i = 0; i < _tokens.Length; i++)
        {
            var token = _tokens[i];
            if (position + token.Length > eventName.Length || string.CompareOrdinal(eventName, position, token, 0, token.Length) != 0)
            {
                return false;
            }

            position += token.Length;
            if (i < _tokens.Length - 1)
            {
                if (position >= eventName.Length || eventName[position] != '.')
                {
                    return false;
                }

                position++;
            }
        }

        // The last token must end at a token boundary: "error" matches "error.x" but not "errors".
        return position == eventName.Length || eventName[position] == '.';
    }

    public override string ToString() => Text;
}
