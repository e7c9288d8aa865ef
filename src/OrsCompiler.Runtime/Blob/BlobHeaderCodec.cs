using System;
using System.Globalization;
using System.Text;
using OrsCompiler.Runtime.MessagePack;
using Keys = OrsCompiler.Runtime.Blob.BlobFormat.HeaderKeys;

namespace OrsCompiler.Runtime.Blob;

/// <summary>
/// The first two values of a blob: the magic string and the header map. <c>major</c> is the first key in every
/// format version, so the version check happens before anything else in the map is interpreted.
/// </summary>
internal static class BlobHeaderCodec
{
    private static readonly byte[] MagicUtf8 = Encoding.UTF8.GetBytes(BlobFormat.Magic);
    private static readonly byte[] FormatMajorUtf8 = Encoding.UTF8.GetBytes(Keys.FormatMajor);
    private static readonly byte[] DeflateUtf8 = Encoding.UTF8.GetBytes(BlobFormat.CompressionDeflate);
    private static readonly byte[] NoneUtf8 = Encoding.UTF8.GetBytes(BlobFormat.CompressionNone);

    // Every known key as UTF-8 with its bit in the set of keys seen; "major" last, since it is read before the loop
    // and is here only so that a repeat of it is refused.
    private static readonly (byte[] Utf8, string Name, HeaderKey Key)[] KnownKeys =
    [
        (Encoding.UTF8.GetBytes(Keys.FormatMinor), Keys.FormatMinor, HeaderKey.FormatMinor),
        (Encoding.UTF8.GetBytes(Keys.CompilerVersion), Keys.CompilerVersion, HeaderKey.CompilerVersion),
        (Encoding.UTF8.GetBytes(Keys.DocumentName), Keys.DocumentName, HeaderKey.DocumentName),
        (Encoding.UTF8.GetBytes(Keys.SourceSha256), Keys.SourceSha256, HeaderKey.SourceSha256),
        (Encoding.UTF8.GetBytes(Keys.PayloadSha256), Keys.PayloadSha256, HeaderKey.PayloadSha256),
        (Encoding.UTF8.GetBytes(Keys.Compression), Keys.Compression, HeaderKey.Compression),
        (FormatMajorUtf8, Keys.FormatMajor, HeaderKey.FormatMajor),
    ];

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
    /// <remarks>
    /// Compares the magic and the keys as UTF-8 bytes, so reading a header allocates only the result. A repeated known
    /// key is refused; unknown keys (a newer minor version's) are skipped unread like unknown record fields, so a
    /// repeated unknown key is not noticed: this version never interprets it.
    /// </remarks>
    /// <exception cref="InvalidDocumentBlobException">Not a blob, an unsupported version, or a malformed header.</exception>
    public static BlobHeader Read(ref MessagePackReader reader)
    {
        if (reader.End || reader.NextType != MessagePackType.String || !reader.ReadStringBytes().SequenceEqual(MagicUtf8))
        {
            throw new InvalidDocumentBlobException("Not a compiled ORS document: the blob does not start with the string \"" + BlobFormat.Magic + "\".");
        }

        var start = reader.Position;
        var entries = reader.ReadMapHeader();
        if (entries == 0 || !reader.ReadStringBytes().SequenceEqual(FormatMajorUtf8))
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

        var minor = 0;
        string compilerVersion = "", documentName = "";
        byte[] sourceDigest = [], payloadDigest = [];
        var compressed = false;
        var seen = HeaderKey.FormatMajor;
        for (var i = 1; i < entries; i++)
        {
            var keyStart = reader.Position;
            var key = Identify(reader.ReadStringBytes());
            if ((seen & key) != 0)
            {
                throw new MessagePackSerializationException("The header repeats the key \"" + Name(key) + "\"", keyStart);
            }

            seen |= key;
            switch (key)
            {
                case HeaderKey.FormatMinor:
                    minor = reader.ReadInt32();
                    break;
                case HeaderKey.CompilerVersion:
                    compilerVersion = reader.ReadString();
                    break;
                case HeaderKey.DocumentName:
                    documentName = reader.ReadString();
                    break;
                case HeaderKey.SourceSha256:
                    sourceDigest = ReadDigest(ref reader, allowEmpty: true);
                    break;
                case HeaderKey.PayloadSha256:
                    payloadDigest = ReadDigest(ref reader, allowEmpty: false);
                    break;
                case HeaderKey.Compression:
                    compressed = ReadCompression(ref reader);
                    break;
                default:
                    // A newer minor version may add keys; this version does not need them.
                    reader.Skip();
                    break;
            }
        }

        if ((seen & (HeaderKey.FormatMinor | HeaderKey.PayloadSha256)) != (HeaderKey.FormatMinor | HeaderKey.PayloadSha256))
        {
            throw new MessagePackSerializationException("The header lacks \"" + Keys.FormatMinor + "\" or \"" + Keys.PayloadSha256 + "\"", start);
        }

        return new BlobHeader(major, minor, compilerVersion, documentName, sourceDigest, payloadDigest, compressed);
    }

    [Flags]
    private enum HeaderKey
    {
        Unknown = 0,
        FormatMajor = 1 << 0,
        FormatMinor = 1 << 1,
        CompilerVersion = 1 << 2,
        DocumentName = 1 << 3,
        SourceSha256 = 1 << 4,
        PayloadSha256 = 1 << 5,
        Compression = 1 << 6,
    }

    private static HeaderKey Identify(ReadOnlySpan<byte> key)
    {
        foreach (var known in KnownKeys)
        {
            if (key.SequenceEqual(known.Utf8))
            {
                return known.Key;
            }
        }

        return HeaderKey.Unknown;
    }

    private static string Name(HeaderKey key)
    {
        foreach (var known in KnownKeys)
        {
            if (known.Key == key)
            {
                return known.Name;
            }
        }

        return key.ToString();
    }

    private static bool ReadCompression(ref MessagePackReader reader)
    {
        var value = reader.ReadStringBytes();
        if (value.SequenceEqual(DeflateUtf8))
        {
            return true;
        }

        if (value.SequenceEqual(NoneUtf8))
        {
            return false;
        }

        throw new InvalidDocumentBlobException("The blob uses the unknown compression \"" + Encoding.UTF8.GetString(value.ToArray()) + "\".");
    }

    private static byte[] ReadDigest(ref MessagePackReader reader, bool allowEmpty)
    {
        var start = reader.Position;
        var digest = reader.ReadBinary();
        if (digest.Length != Sha256Hex.DigestLength && !(allowEmpty && digest.IsEmpty))
        {
            throw new MessagePackSerializationException("A SHA-256 digest has 32 bytes, not " + digest.Length, start);
        }

        return digest.ToArray();
    }
}
