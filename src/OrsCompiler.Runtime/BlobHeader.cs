namespace OrsCompiler.Runtime;

/// <summary>The header every blob starts with.</summary>
public sealed class BlobHeader
{
    /// <summary>Format major version: a runtime refuses blobs of another major version.</summary>
    public int FormatMajor { get; init; }

    /// <summary>Format minor version: a newer minor only adds what older runtimes may skip.</summary>
    public int FormatMinor { get; init; }

    /// <summary>Version of the compiler that wrote the blob.</summary>
    public string CompilerVersion { get; init; } = "";

    /// <summary>Logical document name: the key a publisher stores the document under (e.g. "billing/main").</summary>
    public string DocumentName { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the source text the blob was compiled from, or empty when unknown.</summary>
    public string SourceSha256 { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the payload bytes as stored (after compression, if any).</summary>
    public string PayloadSha256 { get; init; } = "";

    /// <summary>True when the payload is the deflated body.</summary>
    public bool Compressed { get; init; }
}
