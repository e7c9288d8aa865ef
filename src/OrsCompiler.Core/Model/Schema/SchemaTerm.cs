using System;
using OrsCompiler.Syntax;

namespace OrsCompiler.Model.Schema;

/// <summary>
/// The vocabulary of <see cref="ElementSchema.ExclusiveGroups"/> and <see cref="ElementSchema.RequiredOneOf"/>:
/// <c>name</c> is an attribute, <c>&lt;name&gt;</c> a child element, <see cref="InlineContent"/> any child content.
/// </summary>
public static class SchemaTerm
{
    /// <summary>Child elements (any namespace) or non-blank text.</summary>
    public const string InlineContent = "#content";

    public static string Child(string localName) => "<" + localName + ">";

    public static bool IsPresent(SyntaxElement element, string term)
    {
        if (term == InlineContent)
        {
            return HasInlineContent(element);
        }

        return IsChildTerm(term) ? FindChild(element, term) != null : element.GetAttribute(term) != null;
    }

    /// <summary>Where a present term is: the attribute, the child element's name, or the first content node.</summary>
    public static Text.Location Locate(SyntaxElement element, string term)
    {
        if (term == InlineContent)
        {
            foreach (var node in element.Nodes)
            {
                if (node is SyntaxElement child)
                {
                    return child.NameLocation;
                }

                if (node is SyntaxText text && !text.IsWhitespace)
                {
                    return LocateText(text);
                }
            }
        }
        else if (IsChildTerm(term))
        {
            if (FindChild(element, term) is { } child)
            {
                return child.NameLocation;
            }
        }
        else if (element.GetAttribute(term) is { } attribute)
        {
            return attribute.Location;
        }

        return element.NameLocation;
    }

    /// <summary>How a term reads in a message: 'event', a &lt;content&gt; child, inline content.</summary>
    public static string Describe(string term) =>
        term == InlineContent ? "inline content"
        : IsChildTerm(term) ? "a " + term + " child"
        : "'" + term + "'";

    public static string DescribeAlternatives(string[] terms) =>
        string.Join(", ", Array.ConvertAll(terms, Describe));

    public static bool HasInlineContent(SyntaxElement element)
    {
        foreach (var node in element.Nodes)
        {
            if (node is SyntaxElement || (node is SyntaxText text && !text.IsWhitespace))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsChildTerm(string term) => term.Length > 2 && term[0] == '<';

    // Compares "<param>" with the child's local name in place: this runs for every element of every document.
    private static SyntaxElement? FindChild(SyntaxElement element, string childTerm)
    {
        var nameLength = childTerm.Length - 2;
        foreach (var child in element.Elements)
        {
            if (child.LocalName.Length == nameLength
                && child.NamespaceUri == ScxmlNames.Namespace
                && string.CompareOrdinal(child.LocalName, 0, childTerm, 1, nameLength) == 0)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The first non-blank character of a text node, rather than the line break before it.</summary>
    public static Text.Location LocateText(SyntaxText text)
    {
        var value = text.Value;
        var start = 0;
        while (start < value.Length && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        return text.GetValueLocation(start, 1);
    }
}
