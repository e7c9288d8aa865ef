using System.Collections.Generic;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// One instruction of executable content, or a structural element that carries attributes and children (param, content,
/// invoke, finalize, donedata). Generic on purpose: kind + ordered attributes + children + optional inline body, so
/// extension elements need no new types.
/// </summary>
public sealed class CompiledAction
{
    private readonly CompiledAttribute[] _attributes = [];
    private readonly CompiledAction[] _children = [];

    public CompiledAction()
    {
    }

    /// <summary>For the loader: takes ownership of arrays nobody else holds, without copying them.</summary>
    internal CompiledAction(CompiledAttribute[] attributes, CompiledAction[] children)
    {
        _attributes = attributes;
        _children = children;
    }

    public ActionKind Kind { get; init; }

    /// <summary>Namespace URI of a <see cref="ActionKind.Custom"/> element (e.g. <c>http://www.genesyslab.com/modules/queue</c>); null otherwise.</summary>
    public string? Namespace { get; init; }

    /// <summary>Local name of a <see cref="ActionKind.Custom"/> element (e.g. <c>submit</c>); null otherwise.</summary>
    public string? LocalName { get; init; }

    /// <summary>Attributes in source order.</summary>
    public IReadOnlyList<CompiledAttribute> Attributes { get => _attributes; init => _attributes = ImmutableArrays.Copy(value); }

    /// <summary>Nested elements in source order (if-branches, params, custom children...).</summary>
    public IReadOnlyList<CompiledAction> Children { get => _children; init => _children = ImmutableArrays.Copy(value); }

    /// <summary>Inline text: the source of a <c>&lt;script&gt;</c>, the inline content of <c>&lt;content&gt;</c> or of an extension element.</summary>
    public CompiledExpression? Body { get; init; }

    /// <summary>
    /// The compiled child document of an inline <c>&lt;scxml&gt;</c> held by a <see cref="ActionKind.Content"/> or
    /// <see cref="ActionKind.Assign"/> (whose <see cref="Body"/> keeps the markup), so an engine invokes it without a
    /// compiler; null otherwise, or when the inline document does not compile.
    /// </summary>
    public CompiledDocument? Document { get; init; }

    public SourcePosition Position { get; init; }

    /// <summary>The attribute with this name, or null.</summary>
    public CompiledAttribute? FindAttribute(string name)
    {
        foreach (var attribute in _attributes)
        {
            if (attribute.Name == name)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>The literal value of an attribute, or null when it is absent or an expression.</summary>
    public string? GetLiteral(string name) => FindAttribute(name)?.Literal;

    /// <summary>The expression of an attribute, or null when it is absent or a literal.</summary>
    public CompiledExpression? GetExpression(string name) => FindAttribute(name)?.Expression;

    public override string ToString() => Kind == ActionKind.Custom ? "{" + Namespace + "}" + LocalName : Kind.ToString();
}
