namespace OrsCompiler.Runtime.Blob;

/// <summary>What <see cref="DocumentBlobWriter"/> records in the header and whether it compresses the body.</summary>
public sealed class BlobWriteOptions
{
    /// <summary>Deflate the body when it is at least <see cref="CompressThreshold"/> bytes (and smaller once deflated).</summary>
    public bool Compress { get; init; }

    /// <summary>Bodies smaller than this stay uncompressed: deflate does not pay for itself on tiny documents.</summary>
    public int CompressThreshold { get; init; } = 1024;

    /// <summary>Version of the compiler that produced the blob, e.g. "0.1.0".</summary>
    public string CompilerVersion { get; init; } = "";

    /// <summary>Logical document name: the key a publisher stores the document under (e.g. "billing/main").</summary>
    public string DocumentName { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the source text (64 characters), or empty when unknown.</summary>
    public string SourceSha256 { get; init; } = "";
}
