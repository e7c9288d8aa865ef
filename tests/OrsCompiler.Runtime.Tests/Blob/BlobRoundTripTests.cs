using System;
using System.IO;
using System.Linq;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Tests.Support;

namespace OrsCompiler.Runtime.Tests.Blob;

public class BlobRoundTripTests
{
    private static readonly BlobWriteOptions Options = new()
    {
        CompilerVersion = "0.1.0-test",
        DocumentName = "billing/main",
        SourceSha256 = new string('a', 64),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_loaded_document_equals_the_written_one(bool compress)
    {
        var original = compress ? SampleDocuments.Large(200) : SampleDocuments.Full();
        var blob = DocumentBlobWriter.Write(original, new BlobWriteOptions { Compress = compress, DocumentName = "x" });

        var loaded = OrsDocumentLoader.Load(blob);

        Assert.Equal(compress, loaded.Header.Compressed);
        Assert.Equal(DocumentBodyWriter.Write(original), DocumentBodyWriter.Write(loaded));
        AssertSameDerivedData(original, loaded);
    }

    [Fact]
    public void Every_model_feature_survives_the_round_trip()
    {
        var loaded = OrsDocumentLoader.Load(DocumentBlobWriter.Write(SampleDocuments.Full(), Options));

        Assert.Equal("sample", loaded.Name);
        Assert.Equal("ecmascript", loaded.DatamodelKind);
        Assert.Equal(BindingMode.Late, loaded.Binding);
        Assert.True(loaded.Persist);
        Assert.False(loaded.SendSessionRecovered);
        Assert.Equal("ors", loaded.Dialect);

        var s1 = loaded.States[1];
        Assert.Equal(("s1", StateKind.Compound, 0, 1), (s1.Id, s1.Kind, s1.Parent, s1.InitialTransition));
        Assert.Equal(2, s1.OnEntry.Count);
        Assert.Equal(StateKind.HistoryDeep, loaded.States[3].Kind);
        Assert.Equal(new SourcePosition(2, 3), s1.Position);

        var submit = s1.OnEntry[0].Single(a => a.Kind == ActionKind.Custom);
        Assert.Equal(("http://www.genesyslab.com/modules/queue", "submit"), (submit.Namespace, submit.LocalName));
        Assert.Equal("App_Block1.requestid", submit.GetLiteral("requestid"));
        Assert.Equal("'VQ_x'", submit.GetExpression("queue")!.Source);
        Assert.Equal("target", submit.Children[0].Children[0].LocalName);

        var send = s1.OnEntry[0].Single(a => a.Kind == ActionKind.Send);
        Assert.Equal(new string('c', 300), send.Children[1].Body!.Source);
        Assert.Equal("entering s1 ✓ é 😀", s1.OnEntry[0][0].GetLiteral("label"));

        var guarded = loaded.Transitions[3];
        Assert.True(guarded.MatchesEvent("go.left"));
        Assert.True(guarded.MatchesEvent("error.queue.submit"));
        Assert.Equal(new SourcePosition(20, 40), guarded.Condition!.Position);
        Assert.False(loaded.Transitions[4].Condition!.IsValid);
        Assert.Equal(TransitionType.Internal, loaded.Transitions[6].Type);

        var parameter = loaded.DataDeclarations.Single(d => d.Id == "defaultTargetTimeout");
        Assert.Equal("parameter", parameter.ExtensionAttributes[0].Literal);
        Assert.Equal("file:config.json", loaded.DataDeclarations[1].Source);
        Assert.Equal(ActionKind.Finalize, s1.Invokes[0].Children[1].Kind);
        Assert.Equal("counter", loaded.States[7].DoneData!.Children[0].GetExpression("expr")!.Source);
        Assert.Equal("function add(a, b) { return a + b; }", loaded.Script[0].Body!.Source);
    }

    [Fact]
    public void The_header_records_what_the_writer_was_told()
    {
        var blob = DocumentBlobWriter.Write(SampleDocuments.Full(), Options);

        var header = OrsDocumentLoader.ReadHeader(blob);

        Assert.Equal((1, 1), (header.FormatMajor, header.FormatMinor));
        Assert.Equal("0.1.0-test", header.CompilerVersion);
        Assert.Equal("billing/main", header.DocumentName);
        Assert.Equal(new string('a', 64), header.SourceSha256);
        Assert.Equal(64, header.PayloadSha256.Length);
        Assert.False(header.Compressed);
    }

    [Fact]
    public void Writing_twice_gives_identical_bytes()
    {
        Assert.Equal(DocumentBlobWriter.Write(SampleDocuments.Full(), Options), DocumentBlobWriter.Write(SampleDocuments.Full(), Options));
        var compressed = new BlobWriteOptions { Compress = true };
        Assert.Equal(DocumentBlobWriter.Write(SampleDocuments.Large(300), compressed), DocumentBlobWriter.Write(SampleDocuments.Large(300), compressed));
    }

    [Fact]
    public void Compression_applies_only_above_the_threshold_and_shrinks_the_blob()
    {
        var document = SampleDocuments.Large(300);
        var plain = DocumentBlobWriter.Write(document, new BlobWriteOptions());
        var compressed = DocumentBlobWriter.Write(document, new BlobWriteOptions { Compress = true });
        var belowThreshold = DocumentBlobWriter.Write(document, new BlobWriteOptions { Compress = true, CompressThreshold = plain.Length * 2 });

        Assert.True(OrsDocumentLoader.ReadHeader(compressed).Compressed);
        Assert.True(compressed.Length * 3 < plain.Length, $"compressed {compressed.Length} vs plain {plain.Length}");
        Assert.False(OrsDocumentLoader.ReadHeader(belowThreshold).Compressed);
        Assert.Equal(plain, belowThreshold);
    }

    [Fact]
    public void Streams_and_files_load_like_memory()
    {
        var blob = DocumentBlobWriter.Write(SampleDocuments.Full(), Options);
        var path = Path.Combine(Path.GetTempPath(), "orsc-runtime-" + Guid.NewGuid().ToString("N") + ".orsdoc");
        File.WriteAllBytes(path, blob);
        try
        {
            Assert.Equal(8, OrsDocumentLoader.LoadFile(path).States.Count);
            using var stream = new MemoryStream(blob);
            Assert.Equal(7, OrsDocumentLoader.Load(stream).Transitions.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_writer_refuses_an_invalid_document_and_a_malformed_source_hash()
    {
        var invalid = new CompiledDocument { States = [new CompiledState { Kind = StateKind.Atomic }] };
        Assert.Throws<InvalidDocumentBlobException>(() => DocumentBlobWriter.Write(invalid, new BlobWriteOptions()));
        Assert.Throws<ArgumentException>(() => DocumentBlobWriter.Write(SampleDocuments.Full(), new BlobWriteOptions { SourceSha256 = "abc" }));
    }

    [Fact]
    public void A_loaded_document_is_safe_to_read_from_many_threads()
    {
        var document = OrsDocumentLoader.Load(DocumentBlobWriter.Write(SampleDocuments.Large(100), new BlobWriteOptions()));

        var counts = Enumerable.Range(0, 8).AsParallel().Select(_ => document.DataDeclarations.Count + (document.IsDescendant(50, 0) ? 1 : 0)).ToArray();

        Assert.All(counts, c => Assert.Equal(1, c));
    }

    private static void AssertSameDerivedData(CompiledDocument expected, CompiledDocument actual)
    {
        for (var i = 0; i < expected.States.Count; i++)
        {
            Assert.Equal(expected.States[i].Children, actual.States[i].Children);
            Assert.Equal(expected.States[i].Depth, actual.States[i].Depth);
        }

        for (var i = 0; i < expected.Transitions.Count; i++)
        {
            Assert.Equal(expected.Transitions[i].ExitSet, actual.Transitions[i].ExitSet);
            Assert.Equal(expected.Transitions[i].Events.Select(e => e.Tokens.ToArray()), actual.Transitions[i].Events.Select(e => e.Tokens.ToArray()));
        }
    }
}
