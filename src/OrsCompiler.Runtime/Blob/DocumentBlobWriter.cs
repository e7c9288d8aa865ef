using System;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Runtime.Blob;

/// <summary>Encodes a compiled document as a blob (docs/blob-format.md). Deterministic: equal input gives equal bytes.</summary>
public static class DocumentBlobWriter
{
    /// <summary>Validates the document, encodes its body, optionally deflates it, and prepends the magic and header.</summary>
    /// <exception cref="InvalidDocumentBlobException">The document breaks a structural invariant (see <see cref="CompiledDocument.Validate"/>).</exception>
    /// <exception cref="ArgumentException"><see cref="BlobWriteOptions.SourceSha256"/> is not 64 hex digits.</exception>
    public static byte[] Write(CompiledDocument document, BlobWriteOptions options) => Write(document, options, out _);

    /// <summary>As <see cref="Write(CompiledDocument, BlobWriteOptions)"/>, also giving the header written, so a caller need not read it back.</summary>
    public static byte[] Write(CompiledDocument document, BlobWriteOptions options, out BlobHeader header)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var sourceSha256 = Sha256Hex.Parse(options.SourceSha256, nameof(options.SourceSha256));
        document.Validate();
        var body = DocumentBodyWriter.Write(document);
        var payload = body;
        if (options.Compress && body.Length >= options.CompressThreshold)
        {
            // Keep the deflated form only when it is smaller and within what a loader accepts to inflate.
            var deflated = PayloadCompression.Deflate(body);
            if (deflated.Length < body.Length && body.Length <= PayloadCompression.InflationLimit(deflated.Length))
            {
                payload = deflated;
            }
        }

        var payloadSha256 = Sha256Hex.Hash(payload);
        header = new BlobHeader
        {
            FormatMajor = BlobFormat.FormatMajor,
            FormatMinor = BlobFormat.FormatMinor,
            CompilerVersion = options.CompilerVersion,
            DocumentName = options.DocumentName,
            SourceSha256 = Sha256Hex.ToHex(sourceSha256),
            PayloadSha256 = Sha256Hex.ToHex(payloadSha256),
            Compressed = !ReferenceEquals(payload, body),
        };

        var writer = new MessagePackWriter(payload.Length + 256);
        BlobHeaderCodec.Write(writer, header, sourceSha256, payloadSha256);
        writer.WriteBinary(payload);
        return writer.ToArray();
    }
}
