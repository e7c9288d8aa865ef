using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Tests.Support;

namespace OrsCompiler.Runtime.Tests.Node;

/// <summary>
/// Cross-checks our codec with an independent implementation, @msgpack/msgpack under Node.js: it must read our blobs
/// as we do, and we must read what it writes as it does.
/// </summary>
public sealed class IndependentDecoderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orsc-runtime-node-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Node_decodes_our_blobs_to_the_same_structure_as_our_reader()
    {
        var blobs = new Dictionary<string, byte[]>
        {
            ["full.orsdoc"] = DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions { DocumentName = "full", SourceSha256 = new string('0', 64) }),
            ["full-deflate.orsdoc"] = DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions { Compress = true, CompressThreshold = 0 }),
            ["large.orsdoc"] = DocumentBlobWriter.Write(SampleDocuments.Large(20), new BlobWriteOptions()),
            ["large-deflate.orsdoc"] = DocumentBlobWriter.Write(SampleDocuments.Large(300), new BlobWriteOptions { Compress = true }),
            ["embedded.orsdoc"] = DocumentBlobWriter.Write(SampleDocuments.WithEmbeddedChild(2), new BlobWriteOptions { DocumentName = "embedded" }),
            ["empty.orsdoc"] = DocumentBlobWriter.Write(new CompiledDocument { States = [new CompiledState { Kind = StateKind.Root }] }, new BlobWriteOptions()),
        };
        Assert.Equal(2, blobs.Values.Count(blob => OrsDocumentLoader.ReadHeader(blob).Compressed));
        foreach (var (name, blob) in blobs)
        {
            File.WriteAllBytes(Path.Combine(_directory, name), blob);
        }

        var lines = NodeTool.Run("decode-msgpack.mjs", ["--blob", .. blobs.Keys.Select(name => Path.Combine(_directory, name))])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(blobs.Count, lines.Length);
        foreach (var (line, blob) in lines.Zip(blobs.Values))
        {
            var ours = "{\"values\":" + MessagePackJson.ToJson(blob) + ",\"body\":" + MessagePackJson.ToJson(OrsDocumentLoader.ReadBody(blob).Span) + "}";
            JsonAssert.Equivalent(line, ours);
        }
    }

    [Fact]
    public void Node_decodes_every_type_we_write_to_the_same_values()
    {
        var writer = new MessagePackWriter();
        foreach (var value in new long[] { 0, 127, 128, 255, 256, 65535, 65536, uint.MaxValue, (long)uint.MaxValue + 1, long.MaxValue, -1, -32, -33, -128, -129, -32768, -32769, int.MinValue, (long)int.MinValue - 1, long.MinValue })
        {
            writer.Write(value);
        }

        writer.Write(ulong.MaxValue);
        writer.WriteNil();
        writer.Write(true);
        writer.Write(false);
        writer.Write(0.1f);
        writer.Write(-2.5e-300);
        writer.Write(double.NaN);
        writer.Write(double.PositiveInfinity);
        foreach (var length in new[] { 0, 31, 32, 255, 256, 65535, 65536 })
        {
            writer.Write(new string('é', length / 2) + new string('z', length % 2));
            writer.WriteBinary(Enumerable.Range(0, length).Select(i => (byte)i).ToArray());
            writer.WriteExtension(12, new byte[length]);
        }

        writer.WriteArrayHeader(16);
        writer.WriteMapHeader(16);
        for (var i = 0; i < 16; i++)
        {
            writer.Write("key" + i);
            writer.Write("😀" + i);
        }

        for (var i = 1; i < 16; i++)
        {
            writer.Write(new MessagePackTimestamp(i * 1_000_000_000L * (i % 2 == 0 ? 1 : -1), (uint)(i * 60_000_000)));
        }

        var path = Path.Combine(_directory, "ours.msgpack");
        File.WriteAllBytes(path, writer.ToArray());

        var node = NodeTool.Run("decode-msgpack.mjs", path).Trim();

        JsonAssert.Equivalent(node, "{\"values\":" + MessagePackJson.ToJson(writer.WrittenSpan) + "}");
    }

    [Fact]
    public void We_decode_values_node_encoded_to_what_node_meant()
    {
        NodeTool.Run("encode-msgpack.mjs", _directory);
        var encoded = File.ReadAllBytes(Path.Combine(_directory, "values.msgpack"));
        var expected = File.ReadAllText(Path.Combine(_directory, "values.json"));

        JsonAssert.Equivalent(expected, MessagePackJson.ToJson(encoded));
    }
}
