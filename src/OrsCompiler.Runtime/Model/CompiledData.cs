using System.Collections.Generic;

namespace OrsCompiler.Runtime.Model;

/// <summary>A <c>&lt;data&gt;</c> declaration: an id initialized from an expression, a URL or inline content.</summary>
public sealed class CompiledData
{
    private readonly CompiledAttribute[] _extensionAttributes = [];

    public CompiledData()
    {
    }

    /// <summary>For the loader: takes ownership of an array nobody else holds, without copying it.</summary>
    internal CompiledData(CompiledAttribute[] extensionAttributes)
    {
        _extensionAttributes = extensionAttributes;
    }

    public string Id { get; init; } = "";

    /// <summary>The <c>expr</c> attribute, or null.</summary>
    public CompiledExpression? Expression { get; init; }

    /// <summary>The <c>src</c> attribute (a URL), or null.</summary>
    public string? Source { get; init; }

    /// <summary>Inline content, or null.</summary>
    public CompiledExpression? Content { get; init; }

    /// <summary>Other attributes, such as the ORS <c>_type="parameter"</c> and <c>_desc</c>.</summary>
    public IReadOnlyList<CompiledAttribute> ExtensionAttributes
    {
        get => _extensionAttributes;
        init => _extensionAttributes = ImmutableArrays.Copy(value);
    }

    public SourcePosition Position { get; init; }

    public override string ToString() => Id;
}
