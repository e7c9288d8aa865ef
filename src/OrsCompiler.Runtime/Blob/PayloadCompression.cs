using System;
using System.IO;
using System.IO.Compression;

namespace OrsCompiler.Runtime.Blob;

/// <summary>Raw deflate (RFC 1951) of the blob body, with inflation bounded so a small blob cannot expand without limit.</summary>
internal static class PayloadCompression
{
    /// <summary>A fixed level: the same body and runtime give the same bytes.</summary>
    private const CompressionLevel Level = CompressionLevel.Optimal;

    public static byte[] Deflate(byte[] body)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, Level, leaveOpen: true))
        {
            deflate.Write(body, 0, body.Length);
        }

        return output.ToArray();
    }

    /// <summary>The most a payload of this size may inflate to: a ratio of its size, and an absolute cap.</summary>
    public static int InflationLimit(int payloadLength) =>
        (int)Math.Min(BlobFormat.MaxBodyBytes, Math.Max(1L, payloadLength) * BlobFormat.MaxInflationRatio);

    /// <exception cref="InvalidDocumentBlobException">The data is not valid deflate, or inflates past <see cref="InflationLimit"/>.</exception>
    public static byte[] Inflate(ReadOnlyMemory<byte> payload)
    {
        var limit = InflationLimit(payload.Length);
        try
        {
            using var input = new ReadOnlyMemoryStream(payload);
            using var deflate = new DeflateStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = deflate.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > limit)
                {
                    throw new InvalidDocumentBlobException(
                        "The compressed body inflates past " + limit + " bytes (" + BlobFormat.MaxInflationRatio + " times its stored size, at most " + BlobFormat.MaxBodyBytes + "): refusing it as a decompression bomb.");
                }

                output.Write(chunk, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDocumentBlobException("The compressed body is not valid deflate data: " + exception.Message, exception);
        }
    }
}
