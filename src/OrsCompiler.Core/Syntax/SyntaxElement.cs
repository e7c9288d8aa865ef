using System;
using System.Collections.Generic;
using System.Text;
using OrsCompiler.Collections;
using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>An element with exact positions for its name, start tag, attributes and content.</summary>
public sealed class SyntaxElement : SyntaxNode
{
    private readonly List<SyntaxAttribute> _attributes;

    // Created with the first child: most elements are leaves.
    private List<SyntaxNode>? _nodes;

    internal SyntaxElement(SourceDocument document, string prefix, string localName, string namespaceUri, TextSpan nameSpan, TextSpan startTagSpan, int attributeCount = 0)
        : base(document, startTagSpan)
    {
        _attributes = new List<SyntaxAttribute>(attributeCount);
        Prefix = prefix;
        LocalName = localName;
        NamespaceUri = namespaceUri;
        NameSpan = nameSpan;
        StartTagSpan = startTagSpan;
    }

    public string Prefix { get; }

    public string LocalName { get; }

    public string NamespaceUri { get; }

    public string Name => Prefix.Length == 0 ? LocalName : Prefix + ":" + LocalName;

    /// <summary>The element name in the start tag: where most diagnostics about the element point.</summary>
    public TextSpan NameSpan { get; }

    public TextSpan StartTagSpan { get; }

    public Location NameLocation => Document.GetLocation(NameSpan);

    public ReadOnlyListView<SyntaxAttribute> Attributes => new(_attributes);

    /// <summary>Child elements and character data, in document order.</summary>
    public ReadOnlyListView<SyntaxNode> Nodes => new(_nodes);

    /// <summary>0 for the root.</summary>
    public int Depth { get; internal set; }

    /// <summary>
    /// False for an element whose end tag the parser never reached (the XML broke inside it): its children are only
    /// those read before the break, so "required child missing" cannot be judged.
    /// </summary>
    public bool IsComplete { get; internal set; }

    /// <summary>The Genesys <c>resolveid</c> name space an <c>xi:include</c> put this spliced element in; null elsewhere.</summary>
    public string? ResolveId { get; internal set; }

    public ChildElementList Elements => new(Nodes);

    public bool HasElements
    {
        get
        {
            foreach (var node in Nodes)
            {
                if (node is SyntaxElement)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The concatenated character data of the direct children.</summary>
    public string Text
    {
        get
        {
            var builder = new StringBuilder();
            foreach (var node in Nodes)
            {
                if (node is SyntaxText text)
                {
                    builder.Append(text.Value);
                }
            }

            return builder.ToString();
        }
    }

    public bool Is(string namespaceUri, string localName) =>
        string.Equals(LocalName, localName, StringComparison.Ordinal) && string.Equals(NamespaceUri, namespaceUri, StringComparison.Ordinal);

    /// <summary>An unqualified attribute (or one in the given namespace).</summary>
    public SyntaxAttribute? GetAttribute(string localName, string namespaceUri = "")
    {
        foreach (var attribute in _attributes)
        {
            if (string.Equals(attribute.LocalName, localName, StringComparison.Ordinal)
                && string.Equals(attribute.NamespaceUri, namespaceUri, StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }

    public string? GetAttributeValue(string localName, string namespaceUri = "") => GetAttribute(localName, namespaceUri)?.Value;

    public bool HasAttribute(string localName) => GetAttribute(localName) != null;

    /// <summary>This element and every element below it in document order. Iterative: safe on any depth.</summary>
    public DescendantElementList DescendantsAndSelf() => new(this);

    /// <summary>
    /// The element after this one in document order within <paramref name="root"/>'s subtree: the first child element
    /// (unless <paramref name="intoChildren"/> is false, which skips this subtree), else the next element after the
    /// subtree; null at the end. Follows parent links and positions, so walks need neither a stack nor recursion.
    /// </summary>
    internal SyntaxElement? NextInSubtree(SyntaxElement root, bool intoChildren)
    {
        var next = intoChildren ? FirstElement(this, 0) : null;
        for (var node = this; next == null && node != root; node = node.Parent!)
        {
            next = FirstElement(node.Parent!, node.IndexInParent + 1);
        }

        return next;

        static SyntaxElement? FirstElement(SyntaxElement parent, int from)
        {
            var nodes = parent.Nodes;
            for (var i = from; i < nodes.Count; i++)
            {
                if (nodes[i] is SyntaxElement element)
                {
                    return element;
                }
            }

            return null;
        }
    }

    internal void AddAttribute(SyntaxAttribute attribute) => _attributes.Add(attribute);

    internal void ReplaceAttribute(SyntaxAttribute oldAttribute, SyntaxAttribute newAttribute)
    {
        var index = _attributes.IndexOf(oldAttribute);
        if (index < 0)
        {
            throw new ArgumentException("Not an attribute of this element.", nameof(oldAttribute));
        }

        _attributes[index] = newAttribute;
    }

    internal void AddNode(SyntaxNode node)
    {
        node.Parent = this;
        _nodes ??= new List<SyntaxNode>();
        node.IndexInParent = _nodes.Count;
        _nodes.Add(node);
    }

    /// <summary>Replaces a child (XInclude splices the included content in place of the include element).</summary>
    internal void ReplaceNode(SyntaxNode oldNode, IEnumerable<SyntaxNode> newNodes)
    {
        var index = _nodes?.IndexOf(oldNode) ?? -1;
        if (index < 0)
        {
            throw new ArgumentException("Not a child of this element.", nameof(oldNode));
        }

        _nodes!.RemoveAt(index);
        _nodes.InsertRange(index, newNodes);
        for (var i = index; i < _nodes.Count; i++)
        {
            _nodes[i].Parent = this;
            _nodes[i].IndexInParent = i;
        }
    }

    public override string ToString() => $"<{Name}>";
}
