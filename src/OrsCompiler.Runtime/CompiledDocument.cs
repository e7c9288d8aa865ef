namespace OrsCompiler.Runtime;

/// <summary>An immutable compiled SCXML document, safe to share across threads.</summary>
public sealed class CompiledDocument
{
    public BlobHeader Header { get; init; } = new();
}
