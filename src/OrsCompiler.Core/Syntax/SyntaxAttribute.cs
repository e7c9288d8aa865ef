using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>An attribute with the decoded value and the raw spans of its name and value.</summary>
public sealed class SyntaxAttribute
{
    internal SyntaxAttribute(SyntaxElement owner, string prefix, string localName, string namespaceUri, string value, TextSpan nameSpan, TextSpan valueSpan)
    {
        Owner = owner;
        Prefix = prefix;
        LocalName = localName;
        NamespaceUri = namespaceUri;
        Value = value;
        NameSpan = nameSpan;
        ValueSpan = valueSpan;
    }

    public SyntaxElement Owner { get; }

    public string Prefix { get; }

    public string LocalName { get; }

    /// <summary>Empty for unprefixed attributes (XML gives them no namespace).</summary>
    public string NamespaceUri { get; }

    public string Name => Prefix.Length == 0 ? LocalName : Prefix + ":" + LocalName;

    /// <summary>The value after entity expansion and attribute-value normalization.</summary>
    public string Value { get; }

    public TextSpan NameSpan { get; }

    /// <summary>The raw value between the quotes.</summary>
    public TextSpan ValueSpan { get; }

    /// <summary>From the name to the closing quote.</summary>
    public Location Location => Owner.Document.GetLocation(TextSpan.FromBounds(NameSpan.Start, ValueSpan.End + 1));

    public Location ValueLocation => Owner.Document.GetLocation(ValueSpan);

    /// <summary>The location of a range of the decoded <see cref="Value"/> (for example an ECMAScript error's column).</summary>
    public Location GetValueLocation(int start, int length) =>
        Owner.Document.GetLocation(RawTextMap.MapRange(Owner.Document.Text, ValueSpan, start, length, decodesEntities: true));

    /// <summary>The same attribute with another value but the original spans (XInclude <c>resolveid</c> rewrites ids in place).</summary>
    internal SyntaxAttribute WithValue(string value) => new(Owner, Prefix, LocalName, NamespaceUri, value, NameSpan, ValueSpan);

    public override string ToString() => $"{Name}=\"{Value}\"";
}
