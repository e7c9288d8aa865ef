using System.Collections.Generic;

namespace OrsCompiler.Model.Schema;

/// <summary>One attribute an SCXML element accepts.</summary>
public sealed class AttributeSchema
{
    internal AttributeSchema(string name, AttributeKind kind, bool required, IReadOnlyList<string>? allowedValues)
    {
        Name = name;
        Kind = kind;
        Required = required;
        AllowedValues = allowedValues ?? System.Array.Empty<string>();
    }

    public string Name { get; }

    public AttributeKind Kind { get; }

    public bool Required { get; }

    /// <summary>For <see cref="AttributeKind.Enumeration"/>: the values allowed, compared ordinally.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    public override string ToString() => Name;
}
