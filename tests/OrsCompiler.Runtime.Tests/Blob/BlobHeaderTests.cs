using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Tests.Support;

namespace OrsCompiler.Runtime.Tests.Blob;

/// <summary>The version rules and the header contract: magic, major/minor, unknown keys, the payload hash.</summary>
public class BlobHeaderTests
{
    private static readonly byte[] Body = DocumentBodyWriter.Write(SampleDocuments.Full());

    [Fact]
    public void A_hand_built_blob_of_the_current_version_loads()
    {
        Assert.Equal("sample", OrsDocumentLoader.Load(BlobBuilder.Build(Body)).Name);
    }

    [Fact]
    public void A_newer_major_version_is_refused_naming_both_versions()
    {
        var blob = BlobBuilder.Build(Body, major: 2, minor: 3);

        var load = Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(blob));
        var header = Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.ReadHeader(blob));

        Assert.Contains("format major version 2, newer than the version 1.1 this runtime reads", load.Message, StringComparison.Ordinal);
        Assert.Equal(load.Message, header.Message);
    }

    [Fact]
    public void An_older_major_version_is_refused()
    {
        var exception = Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(BlobBuilder.Build(Body, major: 0)));
        Assert.Contains("older than the version 1.1", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_minor_version_with_unknown_keys_and_fields_loads()
    {
        // A newer minor may add header keys and append fields to records: here one to the document record.
        var body = Body.ToArray();
        Assert.Equal(0x9a, body[0]);
        body[0] = 0x9b;
        body = [.. body, 0xa6, .. "future"u8];

        var blob = BlobBuilder.Build(body, minor: 7, extraHeaderEntry: w =>
        {
            w.Write("futureKey");
            w.WriteArrayHeader(2);
            w.Write(1);
            w.WriteMapHeader(1);
            w.Write("nested");
            w.WriteBinary([1, 2]);
        });

        var document = OrsDocumentLoader.Load(blob);

        Assert.Equal(7, document.Header.FormatMinor);
        Assert.Equal("sample", document.Name);
        Assert.Equal(8, document.States.Count);
    }

    [Fact]
    public void ReadHeader_does_not_need_the_body()
    {
        var blob = DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions { DocumentName = "a/b" });
        var headerOnly = blob[..^Body.Length];

        Assert.Equal("a/b", OrsDocumentLoader.ReadHeader(headerOnly).DocumentName);
        Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(headerOnly));
    }

    [Fact]
    public void A_payload_that_does_not_match_its_hash_is_refused()
    {
        var blob = DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions());
        blob[^10] ^= 0x01;

        var exception = Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(blob));
        Assert.Contains("does not match its hash", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a blob at all", "does not start with the string \"ORSDOC\"")]
    [InlineData("", "does not start with the string \"ORSDOC\"")]
    public void Something_else_is_not_mistaken_for_a_blob(string content, string message)
    {
        var exception = Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(System.Text.Encoding.UTF8.GetBytes(content)));
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_compression_trailing_bytes_and_bad_digests_are_refused()
    {
        Assert.False(OrsDocumentLoader.Load(BlobBuilder.Build(Body, compression: "none")).Header.Compressed);
        Assert.Contains("unknown compression \"zstd\"", Refuse(BlobBuilder.Build(Body, compression: "zstd")), StringComparison.Ordinal);
        Assert.Contains("unexpected bytes after its payload", Refuse([.. BlobBuilder.Build(Body), 0xc0]), StringComparison.Ordinal);
        Assert.Contains("A SHA-256 digest has 32 bytes, not 3", Refuse(BlobBuilder.Build(Body, payloadSha256: [1, 2, 3])), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("major")]
    [InlineData("minor")]
    [InlineData("name")]
    [InlineData("payloadSha256")]
    public void A_repeated_known_key_is_refused(string key)
    {
        var blob = BlobBuilder.Build(Body, extraHeaderEntry: w =>
        {
            w.Write(key);
            if (key == "payloadSha256")
            {
                w.WriteBinary(SHA256.HashData(Body));
            }
            else if (key is "major" or "minor")
            {
                w.Write(BlobFormat.FormatMajor);
            }
            else
            {
                w.Write("again");
            }
        });

        Assert.Contains("repeats the key \"" + key + "\"", Refuse(blob), StringComparison.Ordinal);
        Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.ReadHeader(blob));
    }

    [Fact]
    public void A_repeated_unknown_key_is_skipped_like_any_unknown_key()
    {
        // Documented in docs/blob-format.md: unknown keys are never interpreted, so their repetition is not checked.
        var blob = BlobBuilder.Build(Body, minor: 1, extraHeaderEntries: 2, extraHeaderEntry: w =>
        {
            w.Write("futureKey");
            w.Write(1);
            w.Write("futureKey");
            w.Write(2);
        });

        Assert.Equal("sample", OrsDocumentLoader.Load(blob).Name);
    }

    [Fact]
    public void The_hex_digests_are_spelled_from_the_stored_bytes()
    {
        var source = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();
        var blob = DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions { SourceSha256 = Convert.ToHexString(source) });
        var payload = OrsDocumentLoader.ReadBody(blob);

        var header = OrsDocumentLoader.ReadHeader(blob);

        Assert.Equal(Convert.ToHexStringLower(source), header.SourceSha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(payload.Span)), header.PayloadSha256);
        Assert.Equal(header.PayloadSha256, OrsDocumentLoader.Load(blob).Header.PayloadSha256);
        Assert.Same(header.PayloadSha256, header.PayloadSha256);
        Assert.Equal("", OrsDocumentLoader.ReadHeader(BlobBuilder.Build(Body)).SourceSha256);
    }

    [Fact]
    public void Threads_racing_for_the_first_hex_read_all_see_the_same_digest()
    {
        var blob = DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions());
        var expected = Convert.ToHexStringLower(SHA256.HashData(OrsDocumentLoader.ReadBody(blob).Span));
        for (var round = 0; round < 50; round++)
        {
            var header = OrsDocumentLoader.ReadHeader(blob);
            var seen = new string[8];
            Parallel.For(0, seen.Length, i => seen[i] = header.PayloadSha256);
            Assert.All(seen, hex => Assert.Equal(expected, hex));
        }
    }

    [Fact]
    public void A_header_built_in_code_keeps_the_hex_it_was_given()
    {
        var header = new BlobHeader { SourceSha256 = "abc", PayloadSha256 = "def" };

        Assert.Equal("abc", header.SourceSha256);
        Assert.Equal("def", header.PayloadSha256);
        Assert.Equal("", new BlobHeader().PayloadSha256);
    }

    [Fact]
    public void A_header_digest_that_does_not_match_the_payload_is_refused_naming_both()
    {
        var wrong = SHA256.HashData(Body);
        wrong[31] ^= 0x80;

        var message = Refuse(BlobBuilder.Build(Body, payloadSha256: wrong));

        Assert.Contains("header " + Convert.ToHexStringLower(wrong), message, StringComparison.Ordinal);
        Assert.Contains("payload " + Convert.ToHexStringLower(SHA256.HashData(Body)), message, StringComparison.Ordinal);
    }

    private static string Refuse(byte[] blob) => Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(blob)).Message;
}
