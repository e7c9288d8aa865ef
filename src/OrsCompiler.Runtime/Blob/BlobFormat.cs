namespace OrsCompiler.Runtime;

/// <summary>Constants of the blob format described in docs/blob-format.md.</summary>
internal static class BlobFormat
{
    /// <summary>The first value of every blob, a MessagePack str.</summary>
    public const string Magic = "ORSDOC";

    /// <summary>Bumped when an older runtime could not run the document (new action kind, changed meaning).</summary>
    public const int FormatMajor = 1;

    /// <summary>Bumped for additions an older runtime may skip (new header keys, new trailing fields).</summary>
    public const int FormatMinor = 0;

    public const string CompressionNone = "none";
    public const string CompressionDeflate = "deflate";

    /// <summary>How deeply executable content may nest (if inside foreach inside if...).</summary>
    public const int MaxActionDepth = 64;

    /// <summary>A deflated body may inflate to at most this many times its stored size...</summary>
    public const int MaxInflationRatio = 64;

    /// <summary>...and never beyond this many bytes.</summary>
    public const int MaxBodyBytes = 256 * 1024 * 1024;

    /// <summary>Header map keys, written in this order.</summary>
    public static class HeaderKeys
    {
        public const string FormatMajor = "formatMajor";
        public const string FormatMinor = "formatMinor";
        public const string CompilerVersion = "compilerVersion";
        public const string DocumentName = "documentName";
        public const string SourceSha256 = "sourceSha256";
        public const string PayloadSha256 = "payloadSha256";
        public const string Compression = "compression";
    }
}
