using System;
using OrsCompiler.Runtime.Blob;

namespace OrsCompiler.Runtime;

/// <summary>The header every blob starts with.</summary>
public sealed class BlobHeader
{
    // A loaded header keeps the digests as read and spells them in hex only when asked: loading compares bytes, and
    // most callers never look at the hex. Racing first reads compute equal strings; either may win.
    private readonly byte[] _sourceDigest = [];
    private readonly byte[] _payloadDigest = [];
    private string? _sourceSha256;
    private string? _payloadSha256;

    public BlobHeader()
    {
    }

    /// <summary>For the header reader: takes ownership of the digest arrays.</summary>
    internal BlobHeader(int formatMajor, int formatMinor, string compilerVersion, string documentName, byte[] sourceDigest, byte[] payloadDigest, bool compressed)
    {
        FormatMajor = formatMajor;
        FormatMinor = formatMinor;
        CompilerVersion = compilerVersion;
        DocumentName = documentName;
        _sourceDigest = sourceDigest;
        _payloadDigest = payloadDigest;
        Compressed = compressed;
    }

    /// <summary>Format major version: a runtime refuses blobs of another major version.</summary>
    public int FormatMajor { get; init; }

    /// <summary>Format minor version: a newer minor only adds what older runtimes may skip.</summary>
    public int FormatMinor { get; init; }

    /// <summary>Version of the compiler that wrote the blob.</summary>
    public string CompilerVersion { get; init; } = "";

    /// <summary>Logical document name: the key a publisher stores the document under (e.g. "billing/main").</summary>
    public string DocumentName { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the source text the blob was compiled from, or empty when unknown.</summary>
    public string SourceSha256
    {
        get => _sourceSha256 ??= Sha256Hex.ToHex(_sourceDigest);
        init => _sourceSha256 = value;
    }

    /// <summary>Lower-case hex SHA-256 of the payload bytes as stored (after compression, if any).</summary>
    public string PayloadSha256
    {
        get => _payloadSha256 ??= Sha256Hex.ToHex(_payloadDigest);
        init => _payloadSha256 = value;
    }

    /// <summary>True when the payload is the deflated body.</summary>
    public bool Compressed { get; init; }

    /// <summary>The payload digest as read from a blob (32 bytes); empty for a header not read from a blob.</summary>
    internal ReadOnlySpan<byte> PayloadDigest => _payloadDigest;
}
