using System;
using System.IO;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Runtime;

/// <summary>Loads compiled documents (.orsdoc blobs) and reads their headers.</summary>
/// <remarks>
/// Contract shared by the runtime, the Redis publisher and the Redis document source. Input is treated as untrusted:
/// every failure to load is an <see cref="InvalidDocumentBlobException"/>, never another exception type.
/// </remarks>
public static class OrsDocumentLoader
{
    /// <summary>The file extension of a compiled document, wherever one is written or read.</summary>
    public const string FileExtension = ".orsdoc";

    /// <summary>Decodes and verifies a whole blob: magic, version, payload hash, body, structure.</summary>
    /// <exception cref="InvalidDocumentBlobException">The blob is corrupt, truncated, tampered with, or of an unsupported version.</exception>
    public static CompiledDocument Load(ReadOnlyMemory<byte> blob)
    {
        var header = ReadVerifiedBody(blob, out var body);
        try
        {
            var document = DocumentBodyReader.Read(body.Span, header);
            document.Validate();
            return document;
        }
        catch (MessagePackSerializationException exception)
        {
            throw new InvalidDocumentBlobException("Corrupt document body: " + exception.Message + ".", exception);
        }
    }

    /// <summary>Reads the stream to its end and loads the blob.</summary>
    /// <exception cref="InvalidDocumentBlobException">The blob is corrupt, truncated, tampered with, or of an unsupported version.</exception>
    public static CompiledDocument Load(Stream stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Loads a blob file (usually <c>*.orsdoc</c>).</summary>
    /// <exception cref="InvalidDocumentBlobException">The blob is corrupt, truncated, tampered with, or of an unsupported version.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CompiledDocument LoadFile(string path) => Load(File.ReadAllBytes(path));

    /// <summary>Reads only the header (name, versions, hashes) without decoding or verifying the body.</summary>
    /// <exception cref="InvalidDocumentBlobException">Not a blob, an unsupported major version, or a malformed header.</exception>
    public static BlobHeader ReadHeader(ReadOnlySpan<byte> blob)
    {
        var reader = new MessagePackReader(blob);
        return ReadHeader(ref reader);
    }

    /// <summary>
    /// Verifies the blob's magic, version and payload hash and returns the body as MessagePack (inflated if it was
    /// compressed), without building the document: what <c>orsc inspect</c> shows with <see cref="MessagePackJson"/>.
    /// </summary>
    /// <exception cref="InvalidDocumentBlobException">The blob is corrupt, truncated, tampered with, or of an unsupported version.</exception>
    public static ReadOnlyMemory<byte> ReadBody(ReadOnlyMemory<byte> blob)
    {
        ReadVerifiedBody(blob, out var body);
        return body;
    }

    private static BlobHeader ReadVerifiedBody(ReadOnlyMemory<byte> blob, out ReadOnlyMemory<byte> body)
    {
        var reader = new MessagePackReader(blob.Span);
        var header = ReadHeader(ref reader);
        ReadOnlyMemory<byte> payload;
        try
        {
            var payloadSpan = reader.ReadBinary();
            payload = blob.Slice(reader.Position - payloadSpan.Length, payloadSpan.Length);
        }
        catch (MessagePackSerializationException exception)
        {
            throw new InvalidDocumentBlobException("Corrupt blob payload: " + exception.Message + ".", exception);
        }

        if (!reader.End)
        {
            throw new InvalidDocumentBlobException("The blob has " + reader.Remaining + " unexpected bytes after its payload.");
        }

        // Compare digests as bytes: the hex forms are spelled out only for the error message.
        Span<byte> actual = stackalloc byte[Sha256Hex.DigestLength];
        Sha256Hex.Hash(payload.Span, actual);
        if (!actual.SequenceEqual(header.PayloadDigest))
        {
            throw new InvalidDocumentBlobException(
                "The payload does not match its hash (header " + header.PayloadSha256 + ", payload " + Sha256Hex.ToHex(actual) +
                "): the blob is corrupt or was tampered with.");
        }

        body = header.Compressed ? PayloadCompression.Inflate(payload) : payload;
        return header;
    }

    private static BlobHeader ReadHeader(ref MessagePackReader reader)
    {
        try
        {
            return BlobHeaderCodec.Read(ref reader);
        }
        catch (MessagePackSerializationException exception)
        {
            throw new InvalidDocumentBlobException("Corrupt blob header: " + exception.Message + ".", exception);
        }
    }
}
