namespace OrsCompiler.Runtime.Blob;

/// <summary>Constants of the blob format described in docs/blob-format.md.</summary>
internal static class BlobFormat
{
    /// <summary>The first value of every blob, a MessagePack str.</summary>
    public const string Magic = "ORSDOC";

    /// <summary>Bumped when an older runtime could not run the document (new action kind, changed meaning).</summary>
    public const int FormatMajor = 1;

    /// <summary>Bumped for additions an older runtime may skip (new header keys, new trailing fields).</summary>
    /// <remarks>1.1: an action may carry the compiled document of its inline <c>&lt;scxml&gt;</c> (a trailing field).</remarks>
    public const int FormatMinor = 1;

    public const string CompressionNone = "none";
    public const string CompressionDeflate = "deflate";

    /// <summary>How deeply executable content may nest (if inside foreach inside if...).</summary>
    public const int MaxActionDepth = 64;

    /// <summary>A deflated body may inflate to at most this many times its stored size...</summary>
    public const int MaxInflationRatio = 64;

    /// <summary>...and never beyond this many bytes (real strategies compile to well under 1 MiB).</summary>
    public const int MaxBodyBytes = 32 * 1024 * 1024;

    /// <summary>Header map keys, written in this order. Short: on a small strategy the header is a large part of the blob.</summary>
    public static class HeaderKeys
    {
        public const string FormatMajor = "major";
        public const string FormatMinor = "minor";
        public const string CompilerVersion = "compiler";
        public const string DocumentName = "name";
        public const string SourceSha256 = "sourceSha256";
        public const string PayloadSha256 = "payloadSha256";
        /// <summary>Left out when the payload is not compressed.</summary>
        public const string Compression = "compression";
    }
}
