using System;
using System.Collections.Generic;

namespace OrsCompiler.Ors;

/// <summary>
/// An element of a Genesys module: an action (<see cref="OrsActionInfo"/>) or a part of one (queue:targets, dialog:prompt).
/// What the stored documentation does not pin down is left open (null lists) so the rules stay quiet about it.
/// </summary>
public class OrsElementInfo
{
    public OrsElementInfo(string localName, IReadOnlyList<OrsAttributeInfo>? attributes, IReadOnlyList<OrsChildElement>? children)
    {
        LocalName = localName;
        Attributes = attributes ?? Array.Empty<OrsAttributeInfo>();
        IsAttributeListComplete = attributes != null;
        Children = children ?? Array.Empty<OrsChildElement>();
        IsChildListComplete = children != null;
    }

    public string LocalName { get; }

    /// <summary>The Genesys documentation page the element and its attributes come from.</summary>
    public string Source { get; internal set; } = "";

    public IReadOnlyList<OrsAttributeInfo> Attributes { get; }

    /// <summary>False when the attributes are not verified: then any attribute is accepted.</summary>
    public bool IsAttributeListComplete { get; }

    public IReadOnlyList<OrsChildElement> Children { get; }

    /// <summary>False when the content is not verified: then any child element is accepted.</summary>
    public bool IsChildListComplete { get; }

    public OrsAttributeInfo? FindAttribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }

    public bool AllowsChild(string namespaceUri, string localName)
    {
        if (!IsChildListComplete)
        {
            return true;
        }

        foreach (var child in Children)
        {
            if (child.LocalName == localName && child.NamespaceUri == namespaceUri)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => LocalName;
}
