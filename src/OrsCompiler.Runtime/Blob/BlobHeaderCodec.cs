using System;
using System.Collections.Generic;
using System.Globalization;
using OrsCompiler.Runtime.MessagePack;
using Keys = OrsCompiler.Runtime.BlobFormat.HeaderKeys;

namespace OrsCompiler.Runtime;

/// <summary>
/// The first two values of a blob: the magic string and the header map. <c>major</c> is the first key in every
/// format version, so the version check happens before anything else in the map is interpreted.
/// </summary>
internal static class BlobHeaderCodec
{
    public static void Write(MessagePackWriter writer, BlobHeader header, ReadOnlySpan<byte> sourceSha256, ReadOnlySpan<byte> payloadSha256)
    {
        writer.Write(BlobFormat.Magic);
        writer.WriteMapHeader(header.Compressed ? 7 : 6);
        writer.Write(Keys.FormatMajor);
        writer.Write(header.FormatMajor);
        writer.Write(Keys.FormatMinor);
        writer.Write(header.FormatMinor);
        writer.Write(Keys.CompilerVersion);
        writer.Write(header.CompilerVersion);
        writer.Write(Keys.DocumentName);
        writer.Write(header.DocumentName);
        writer.Write(Keys.SourceSha256);
        writer.WriteBinary(sourceSha256);
        writer.Write(Keys.PayloadSha256);
        writer.WriteBinary(payloadSha256);
        if (header.Compressed)
        {
            writer.Write(Keys.Compression);
            writer.Write(BlobFormat.CompressionDeflate);
        }
    }

    /// <summary>Reads the magic and the header; refuses a blob whose major version this runtime does not know.</summary>
    /// <exception cref="InvalidDocumentBlobException">Not a blob, an unsupported version, or a malformed header.</exception>
    public static BlobHeader Read(ref MessagePackReader reader)
    {
        if (reader.End || reader.NextType != MessagePackType.String || reader.ReadString() != BlobFormat.Magic)
        {
            throw new InvalidDocumentBlobException("Not a compiled ORS document: the blob does not start with the string \"" + BlobFormat.Magic + "\".");
        }

        var start = reader.Position;
        var entries = reader.ReadMapHeader();
        if (entries == 0 || reader.ReadString() != Keys.FormatMajor)
        {
            throw new MessagePackSerializationException("The header must start with \"" + Keys.FormatMajor + "\"", start);
        }

        var major = reader.ReadInt32();
        if (major != BlobFormat.FormatMajor)
        {
            var relation = major > BlobFormat.FormatMajor ? "newer than" : "older than";
            throw new InvalidDocumentBlobException(
                "The blob has format major version " + major.ToString(CultureInfo.InvariantCulture) + ", " + relation + " the version " +
                BlobFormat.FormatMajor.ToString(CultureInfo.InvariantCulture) + "." + BlobFormat.FormatMinor.ToString(CultureInfo.InvariantCulture) +
                " this runtime reads; recompile the document or use a matching OrsCompiler.Runtime.");
        }

        int? minor = null;
        string compilerVersion = "", documentName = "", sourceSha256 = "";
        string? payloadSha256 = null;
        var compression = BlobFormat.CompressionNone;
        var seen = new HashSet<string>(StringComparer.Ordinal) { Keys.FormatMajor };
        for (var i = 1; i < entries; i++)
        {
            var keyStart = reader.Position;
            var key = reader.ReadString();
            if (!seen.Add(key))
            {
                throw new MessagePackSerializationException("The header repeats the key \"" + key + "\"", keyStart);
            }

            switch (key)
            {
                case Keys.FormatMinor:
                    minor = reader.ReadInt32();
                    break;
                case Keys.CompilerVersion:
                    compilerVersion = reader.ReadString();
                    break;
                case Keys.DocumentName:
                    documentName = reader.ReadString();
                    break;
                case Keys.SourceSha256:
                    sourceSha256 = ReadDigest(ref reader, allowEmpty: true);
                    break;
                case Keys.PayloadSha256:
                    payloadSha256 = ReadDigest(ref reader, allowEmpty: false);
                    break;
                case Keys.Compression:
                    compression = reader.ReadString();
                    break;
                default:
                    // A newer minor version may add keys; this version does not need them.
                    reader.Skip();
                    break;
            }
        }

        if (minor is null || payloadSha256 is null)
        {
            throw new MessagePackSerializationException("The header lacks \"" + Keys.FormatMinor + "\" or \"" + Keys.PayloadSha256 + "\"", start);
        }

        if (compression != BlobFormat.CompressionNone && compression != BlobFormat.CompressionDeflate)
        {
            throw new InvalidDocumentBlobException("The blob uses the unknown compression \"" + compression + "\".");
        }

        return new BlobHeader
        {
            FormatMajor = major,
            FormatMinor = minor.Value,
            CompilerVersion = compilerVersion,
            DocumentName = documentName,
            SourceSha256 = sourceSha256,
            PayloadSha256 = payloadSha256,
            Compressed = compression == BlobFormat.CompressionDeflate,
        };
    }

    private static string ReadDigest(ref MessagePackReader reader, bool allowEmpty)
    {
        var start = reader.Position;
        var digest = reader.ReadBinary();
        if (digest.Length != Sha256Hex.DigestLength && !(allowEmpty && digest.IsEmpty))
        {
            throw new MessagePackSerializationException("A SHA-256 digest has 32 bytes, not " + digest.Length, start);
        }

        return Sha256Hex.ToHex(digest);
    }
}
