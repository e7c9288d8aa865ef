using System;
using System.Collections.Generic;
using OrsCompiler.Syntax;

namespace OrsCompiler.Ors;

/// <summary>
/// The XPointer forms ORS documents use to pick the included element: a bare id (<c>_composer_entry</c>),
/// <c>element(id)</c>, <c>element(id/2/1)</c>, <c>element(/1/3)</c> and <c>xpointer(id('x'))</c>.
/// </summary>
internal sealed class XPointer
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private XPointer(string? id, IReadOnlyList<int> childSequence)
    {
        Id = id;
        ChildSequence = childSequence;
    }

    /// <summary>The id to find, or null when the child sequence starts at the document.</summary>
    public string? Id { get; }

    /// <summary>1-based element positions below the id (or below the document when there is no id).</summary>
    public IReadOnlyList<int> ChildSequence { get; }

    /// <summary>The pointer, or null if it is in a form we do not evaluate.</summary>
    public static XPointer? Parse(string text)
    {
        text = text.Trim();
        if (IsName(text))
        {
            return new XPointer(text, Array.Empty<int>());
        }

        if (TryUnwrap(text, "xpointer(", out var xpath) && TryUnwrap(xpath.Trim(), "id(", out var quoted))
        {
            quoted = quoted.Trim();
            return quoted.Length >= 2 && (quoted[0] == '\'' || quoted[0] == '"') && quoted[quoted.Length - 1] == quoted[0]
                   && IsName(quoted.Substring(1, quoted.Length - 2))
                ? new XPointer(quoted.Substring(1, quoted.Length - 2), Array.Empty<int>())
                : null;
        }

        if (TryUnwrap(text, "element(", out var scheme))
        {
            var steps = scheme.Split('/');
            var id = steps[0].Length == 0 ? null : steps[0];
            if (id != null && !IsName(id) || id == null && steps.Length < 2)
            {
                return null;
            }

            var sequence = new List<int>();
            for (var i = 1; i < steps.Length; i++)
            {
                if (!int.TryParse(steps[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
                {
                    return null;
                }

                sequence.Add(n);
            }

            return new XPointer(id, sequence);
        }

        return null;
    }

    /// <summary>
    /// The selected element of an included document. An id matches <c>id</c> or <c>xml:id</c>, also written with the
    /// resolveid placeholder (<c>$$_MY_PREFIX_$$._composer_entry</c> is found by <c>_composer_entry</c>).
    /// </summary>
    public SyntaxElement? Select(SyntaxElement root)
    {
        SyntaxElement? current;
        var steps = 0;
        if (Id == null)
        {
            // element(/1/...): the first step selects the document element itself.
            if (ChildSequence[0] != 1)
            {
                return null;
            }

            current = root;
            steps = 1;
        }
        else
        {
            current = FindById(root, Id);
        }

        for (var i = steps; current != null && i < ChildSequence.Count; i++)
        {
            current = NthElement(current, ChildSequence[i]);
        }

        return current;
    }

    private static SyntaxElement? FindById(SyntaxElement root, string id)
    {
        SyntaxElement? byPlaceholder = null;
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.GetAttributeValue("id", XmlNamespace) == id)
            {
                return element;
            }

            var value = element.GetAttributeValue("id");
            if (value == id)
            {
                return element;
            }

            if (byPlaceholder == null && value != null && WithoutPlaceholder(value) == id)
            {
                byPlaceholder = element;
            }
        }

        return byPlaceholder;
    }

    private static string? WithoutPlaceholder(string value)
    {
        if (!value.StartsWith(XIncludeProcessor.PrefixPlaceholder, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = value.Substring(XIncludeProcessor.PrefixPlaceholder.Length);
        return rest.StartsWith(".", StringComparison.Ordinal) ? rest.Substring(1) : rest;
    }

    private static SyntaxElement? NthElement(SyntaxElement parent, int position)
    {
        var index = 0;
        foreach (var child in parent.Elements)
        {
            if (++index == position)
            {
                return child;
            }
        }

        return null;
    }

    private static bool TryUnwrap(string text, string opening, out string inner)
    {
        inner = "";
        if (!text.StartsWith(opening, StringComparison.Ordinal) || !text.EndsWith(")", StringComparison.Ordinal))
        {
            return false;
        }

        inner = text.Substring(opening.Length, text.Length - opening.Length - 1);
        return true;
    }

    // An XML name as ids are written (NCName; '$' admitted for the resolveid placeholder).
    private static bool IsName(string text)
    {
        if (text.Length == 0 || char.IsDigit(text[0]) || text[0] == '-' || text[0] == '.')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '$'))
            {
                return false;
            }
        }

        return true;
    }
}
