using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Tests.Support;
using Xunit.Sdk;

namespace OrsCompiler.Runtime.Tests.Blob;

/// <summary>
/// Untrusted input: truncations, bit flips (seeded, so a failure reproduces), hostile lengths, deep nesting, bad
/// indices and decompression bombs. Every outcome must be a loaded document or an InvalidDocumentBlobException.
/// </summary>
public class HostileBlobTests
{
    private static readonly byte[] PlainBlob = DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions { DocumentName = "fuzz" });
    private static readonly byte[] CompressedBlob = DocumentBlobWriter.Write(SampleDocuments.Large(40), new BlobWriteOptions { Compress = true, CompressThreshold = 0 });
    private static readonly byte[] Body = DocumentBodyWriter.Write(SampleDocuments.Full());

    [Fact]
    public void Every_truncation_of_a_real_blob_is_refused()
    {
        foreach (var blob in new[] { PlainBlob, CompressedBlob })
        {
            for (var length = 0; length < blob.Length; length++)
            {
                var truncated = blob.AsSpan(0, length).ToArray();
                Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(truncated));
            }
        }
    }

    [Fact]
    public void Every_truncation_of_a_body_past_the_hash_check_is_refused()
    {
        for (var length = 0; length < Body.Length; length++)
        {
            var blob = BlobBuilder.WrapBody(Body.AsSpan(0, length));
            Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(blob));
        }
    }

    [Fact]
    public void Random_bit_flips_in_whole_blobs_load_or_are_refused()
    {
        var random = new Random(20261122);
        var refused = Mutate(random, 3_000, PlainBlob, blob => blob) + Mutate(random, 3_000, CompressedBlob, blob => blob);

        // The payload hash catches nearly every flip; flips in the header's free-text values may still load.
        Assert.InRange(refused, 5_000, 6_000);
    }

    [Fact]
    public void Random_mutations_of_bodies_with_a_valid_hash_load_or_are_refused()
    {
        // Re-wrapping with a correct hash sends each mutation through the body decoder and the validator.
        var random = new Random(5);
        var refused = Mutate(random, 12_000, Body, body => BlobBuilder.WrapBody(body));

        // Both outcomes occur: a flip inside a string still loads, most others are refused.
        Assert.InRange(refused, 1, 12_000 - 1);
    }

    [Fact]
    public void Random_mutations_of_deflated_payloads_with_a_valid_hash_load_or_are_refused()
    {
        var payload = PayloadCompression.Deflate(DocumentBodyWriter.Write(SampleDocuments.Large(40)));
        var random = new Random(7);

        var refused = Mutate(random, 3_000, payload, deflated => BlobBuilder.Build(deflated, compression: "deflate"));

        Assert.InRange(refused, 1, 3_000 - 1);
    }

    [Fact]
    public void Lengths_that_claim_more_than_the_input_are_refused()
    {
        // The payload claims 2 GiB; the states array claims int.MaxValue elements.
        var emptyPayload = BlobBuilder.Build([]);
        Assert.Equal([0xc4, 0x00], emptyPayload[^2..]);
        byte[] hugePayload = [.. emptyPayload[..^2], 0xc6, 0x7f, 0xff, 0xff, 0xff, 1, 2, 3];
        Assert.Contains("Corrupt blob payload: Value needs 2147483647 more bytes but only 3 remain", Refuse(hugePayload), StringComparison.Ordinal);

        var writer = new MessagePackWriter();
        writer.WriteArrayHeader(10);
        writer.WriteArrayHeader(0);
        writer.Write("n");
        writer.Write("ecmascript");
        writer.Write("early");
        writer.WriteNil();
        writer.WriteNil();
        writer.Write("w3c");
        writer.WriteRaw([0xdd, 0x7f, 0xff, 0xff, 0xff]);
        Assert.Contains("Array claims 2147483647 elements", Refuse(BlobBuilder.WrapBody(writer.WrittenSpan)), StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_exhausting_the_stack()
    {
        var deepActions = new CompiledAction { Kind = ActionKind.Log };
        for (var i = 0; i < 200; i++)
        {
            deepActions = new CompiledAction { Kind = ActionKind.If, Children = [deepActions] };
        }

        var full = SampleDocuments.Full();
        var document = new CompiledDocument { States = full.States, Transitions = full.Transitions, Script = [deepActions] };
        Assert.Contains("Actions nest deeper than 64 levels", Refuse(BlobBuilder.WrapBody(DocumentBodyWriter.Write(document))), StringComparison.Ordinal);

        var deepArrays = Enumerable.Repeat((byte)0x91, 1_000_000).Append((byte)0xc0).ToArray();
        Refuse(BlobBuilder.WrapBody(deepArrays));
        Assert.Throws<InvalidDocumentBlobException>(() => MessagePackJson.ToJson(deepArrays));
    }

    [Fact]
    public void Out_of_range_state_indices_are_refused()
    {
        var full = SampleDocuments.Full();
        var transitions = full.Transitions.ToArray();
        var original = transitions[5];
        transitions[5] = new CompiledTransition { Index = 5, Source = original.Source, Targets = [99], Domain = 0, ExitSet = original.ExitSet };
        var document = new CompiledDocument { States = full.States, Transitions = transitions };

        Assert.Contains("targets state 99, which is out of range", Refuse(BlobBuilder.WrapBody(DocumentBodyWriter.Write(document))), StringComparison.Ordinal);

        var states = full.States.ToArray();
        states[2] = new CompiledState { Index = 2, Id = "s1a", Kind = StateKind.Atomic, Parent = -7, Transitions = [3] };
        document = new CompiledDocument { States = states, Transitions = full.Transitions };
        Assert.Contains("has parent -7", Refuse(BlobBuilder.WrapBody(DocumentBodyWriter.Write(document))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_decompression_bomb_is_refused()
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(new byte[20 * 1024 * 1024]);
        }

        var bomb = BlobBuilder.Build(output.ToArray(), compression: "deflate");

        Assert.True(bomb.Length < 64 * 1024, "the bomb is " + bomb.Length + " bytes");
        Assert.Contains("decompression bomb", Refuse(bomb), StringComparison.Ordinal);
    }

    private static string Refuse(byte[] blob) => Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(blob)).Message;

    /// <summary>Applies seeded mutations, wraps each, loads it; returns how many were refused.</summary>
    private static int Mutate(Random random, int iterations, byte[] original, Func<byte[], byte[]> wrap)
    {
        var refused = 0;
        for (var i = 0; i < iterations; i++)
        {
            var mutated = original.ToArray();
            var edits = random.Next(1, 4);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(mutated.Length);
                mutated[at] = random.Next(3) switch
                {
                    0 => (byte)(mutated[at] ^ (1 << random.Next(8))),
                    1 => Interesting[random.Next(Interesting.Length)],
                    _ => (byte)random.Next(256),
                };
            }

            try
            {
                OrsDocumentLoader.Load(wrap(mutated));
            }
            catch (InvalidDocumentBlobException)
            {
                refused++;
            }
            catch (Exception exception)
            {
                throw new XunitException("Mutation " + i + " escaped as " + exception.GetType().Name + ": " + exception);
            }
        }

        return refused;
    }

    // Bytes that change a value's type or claim large lengths.
    private static readonly byte[] Interesting = [0x00, 0x7f, 0x80, 0x9f, 0xc0, 0xc1, 0xc6, 0xc9, 0xcf, 0xd3, 0xdb, 0xdd, 0xdf, 0xff];
}
