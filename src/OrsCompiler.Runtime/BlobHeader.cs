namespace OrsCompiler.Runtime;

/// <summary>The header every blob starts with.</summary>
public sealed class BlobHeader
{
    public int FormatMajor { get; init; }

    public int FormatMinor { get; init; }

    public string CompilerVersion { get; init; } = "";

    /// <summary>Logical document name: the key a publisher stores the document under (e.g. "billing/main").</summary>
    public string DocumentName { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the source text the blob was compiled from.</summary>
    public string SourceSha256 { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the payload bytes as stored (after compression, if any).</summary>
    public string PayloadSha256 { get; init; } = "";

    public bool Compressed { get; init; }
}
