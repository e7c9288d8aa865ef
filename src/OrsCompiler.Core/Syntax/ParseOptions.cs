namespace OrsCompiler.Syntax;

/// <summary>Bounds on what the parser accepts, so that no input can exhaust memory or the stack.</summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Largest document read, in characters (default 16 Mi).</summary>
    public int MaxDocumentLength { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest element nesting accepted (default 200); later passes may recurse this deep, never deeper.</summary>
    public int MaxDepth { get; init; } = 200;
}
