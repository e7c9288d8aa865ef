using System;
using System.Security.Cryptography;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.MessagePack;

namespace OrsCompiler.Runtime.Tests.Support;

/// <summary>Assembles blobs by hand, to produce what the real writer never would (other versions, extra keys, bad hashes).</summary>
internal static class BlobBuilder
{
    public static byte[] Build(
        ReadOnlySpan<byte> payload,
        int major = BlobFormat.FormatMajor,
        int minor = BlobFormat.FormatMinor,
        string? compression = null,
        byte[]? payloadSha256 = null,
        Action<MessagePackWriter>? extraHeaderEntry = null,
        int extraHeaderEntries = 1)
    {
        var writer = new MessagePackWriter();
        writer.Write(BlobFormat.Magic);
        writer.WriteMapHeader(6 + (extraHeaderEntry is null ? 0 : extraHeaderEntries) + (compression is null ? 0 : 1));
        writer.Write("major");
        writer.Write(major);
        writer.Write("minor");
        writer.Write(minor);
        extraHeaderEntry?.Invoke(writer);
        writer.Write("compiler");
        writer.Write("test");
        writer.Write("name");
        writer.Write("hand/built");
        writer.Write("sourceSha256");
        writer.WriteBinary([]);
        writer.Write("payloadSha256");
        writer.WriteBinary(payloadSha256 ?? SHA256.HashData(payload));
        if (compression is not null)
        {
            writer.Write("compression");
            writer.Write(compression);
        }
        writer.WriteBinary(payload);
        return writer.ToArray();
    }

    /// <summary>Wraps a raw (uncompressed) body in a valid header, so mutations reach the body decoder past the hash check.</summary>
    public static byte[] WrapBody(ReadOnlySpan<byte> body) => Build(body);
}
