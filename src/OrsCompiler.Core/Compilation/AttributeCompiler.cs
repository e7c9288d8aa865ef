using System.Collections.Generic;
using OrsCompiler.Model;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Compilation;

/// <summary>
/// Compiles an element's attributes in source order: ECMAScript ones (see <see cref="ExpressionAttributes"/>) become
/// expressions, the rest literals. Namespace declarations are XML plumbing, not attributes, and are dropped.
/// </summary>
internal sealed class AttributeCompiler
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly ExpressionMarker _expressions;
    private readonly Dialect _dialect;

    public AttributeCompiler(ExpressionMarker expressions, Dialect dialect)
    {
        _expressions = expressions;
        _dialect = dialect;
    }

    public ExpressionMarker Expressions => _expressions;

    /// <summary>Every attribute except namespace declarations and those <paramref name="skip"/> names (unqualified).</summary>
    public List<CompiledAttribute> Compile(SyntaxElement element, params string[] skip)
    {
        var attributes = new List<CompiledAttribute>(element.Attributes.Count);
        foreach (var attribute in element.Attributes)
        {
            if (attribute.NamespaceUri == XmlnsNamespace || (attribute.NamespaceUri.Length == 0 && System.Array.IndexOf(skip, attribute.LocalName) >= 0))
            {
                continue;
            }

            var name = NameOf(attribute);
            attributes.Add(ExpressionAttributes.IsExpression(element, attribute, _dialect)
                ? new CompiledAttribute(name, _expressions.FromAttribute(attribute))
                : new CompiledAttribute(name, attribute.Value));
        }

        return attributes;
    }

    /// <summary>The attribute as an expression, or null when it is absent.</summary>
    public CompiledExpression? Expression(SyntaxElement element, string localName) =>
        element.GetAttribute(localName) is { } attribute ? _expressions.FromAttribute(attribute) : null;

    /// <summary>The runtime's attribute name: the local name, or <c>{namespace-uri}local</c> for a qualified one.</summary>
    public static string NameOf(SyntaxAttribute attribute) =>
        attribute.NamespaceUri.Length == 0 ? attribute.LocalName : "{" + attribute.NamespaceUri + "}" + attribute.LocalName;
}
