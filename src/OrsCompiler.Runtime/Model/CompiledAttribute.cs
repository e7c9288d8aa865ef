using System;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// One attribute of an element: either a literal string (an event name, an id, a location) or an expression the engine
/// evaluates. Names of attributes in no namespace are their local name; others use <c>{namespace-uri}local</c>.
/// </summary>
public sealed class CompiledAttribute
{
    public CompiledAttribute(string name, string literal)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Literal = literal ?? throw new ArgumentNullException(nameof(literal));
    }

    public CompiledAttribute(string name, CompiledExpression expression)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Expression = expression ?? throw new ArgumentNullException(nameof(expression));
    }

    public string Name { get; }

    /// <summary>The literal value, or null when the attribute is an <see cref="Expression"/>.</summary>
    public string? Literal { get; }

    /// <summary>The expression, or null when the attribute is a <see cref="Literal"/>.</summary>
    public CompiledExpression? Expression { get; }

    public bool IsExpression => Expression is not null;

    public override string ToString() => Name + "=" + (Literal ?? Expression!.Source);
}
