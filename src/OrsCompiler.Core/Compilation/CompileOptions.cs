namespace OrsCompiler.Compilation;

/// <summary>How to compile a document into a blob.</summary>
public sealed record CompileOptions
{
    public static CompileOptions Default { get; } = new();

    /// <summary>The logical name publishers store the document under (e.g. "billing/main"); defaults to the file name.</summary>
    public string? DocumentName { get; init; }

    /// <summary>Deflate the payload when it is larger than <see cref="CompressThreshold"/> bytes.</summary>
    public bool Compress { get; init; }

    public int CompressThreshold { get; init; } = 4096;
}
