using System;
using System.Linq;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Tests.Support;

namespace OrsCompiler.Runtime.Tests.Blob;

/// <summary>
/// Blob format 1.1: an inline child document of <c>&lt;invoke&gt;&lt;content&gt;</c> travels compiled inside its
/// parent's blob, as a document record with its own string table.
/// </summary>
public class EmbeddedDocumentTests
{
    [Fact]
    public void Embedded_children_round_trip_at_every_level()
    {
        var original = SampleDocuments.WithEmbeddedChild(3);
        var blob = DocumentBlobWriter.Write(original, new BlobWriteOptions { DocumentName = "parent" });

        var loaded = OrsDocumentLoader.Load(blob);

        Assert.Equal(DocumentBodyWriter.Write(original), DocumentBodyWriter.Write(loaded));
        var level = loaded;
        for (var expected = 3; expected > 0; expected--)
        {
            Assert.Equal("level" + expected, level.Name);
            var content = level.States[1].Invokes.Single().Children.Single();
            Assert.Equal(ActionKind.Content, content.Kind);
            Assert.Equal("<scxml version=\"1.0\" name=\"level" + (expected - 1) + "\">...</scxml>", content.Body!.Source);
            var child = content.Document!;
            Assert.Same(loaded.Header, child.Header);
            Assert.Equal(["", "s0", "pass"], child.States.Select(s => s.Id));
            Assert.Equal([1, 2], child.Transitions[1].ExitSet.ToArray());
            Assert.Equal("done.invoke", child.Transitions[1].Events.Single().Text);
            level = child;
        }

        Assert.Equal("level0", level.Name);
        Assert.Empty(level.States[1].Invokes);
    }

    [Fact]
    public void A_blob_with_embedded_children_is_deterministic_and_marked_minor_1()
    {
        var options = new BlobWriteOptions { DocumentName = "parent", Compress = true, CompressThreshold = 0 };
        var first = DocumentBlobWriter.Write(SampleDocuments.WithEmbeddedChild(2), options);
        var second = DocumentBlobWriter.Write(SampleDocuments.WithEmbeddedChild(2), options);
        var reloaded = DocumentBlobWriter.Write(OrsDocumentLoader.Load(first), options);

        Assert.Equal(first, second);
        Assert.Equal(first, reloaded);
        Assert.Equal((1, 1), (OrsDocumentLoader.ReadHeader(first).FormatMajor, OrsDocumentLoader.ReadHeader(first).FormatMinor));
    }

    [Fact]
    public void A_document_without_embedded_children_is_written_as_before()
    {
        // The new field is trailing and left out when nil: 1.0 bodies are unchanged, so a 1.1 loader reads them.
        var body = DocumentBodyWriter.Write(SampleDocuments.WithEmbeddedChild(0));

        var loaded = OrsDocumentLoader.Load(BlobBuilder.Build(body, minor: 0));

        Assert.Equal(body, DocumentBodyWriter.Write(loaded));
    }

    [Fact]
    public void An_invalid_embedded_document_is_refused_naming_where_it_is()
    {
        var child = SampleDocuments.WithEmbeddedChild(0);
        var broken = new CompiledDocument
        {
            States = child.States,
            Transitions = [child.Transitions[0], new CompiledTransition { Index = 1, Source = 1, Targets = [99], Domain = 0, Events = EventDescriptor.ParseList("done.invoke") }],
        };
        var parent = WithChild(broken);

        var message = Refuse(BlobBuilder.WrapBody(DocumentBodyWriter.Write(parent)));

        Assert.Contains("the document embedded in the action at line", message, StringComparison.Ordinal);
        Assert.Contains("targets state 99", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_documents_count_towards_the_nesting_limit()
    {
        // Each level nests two actions (invoke, content) before its child's own: 40 levels exceed 64.
        var message = Refuse(BlobBuilder.WrapBody(DocumentBodyWriter.Write(SampleDocuments.WithEmbeddedChild(40))));

        Assert.Contains("Actions nest deeper than 64 levels", message, StringComparison.Ordinal);
        OrsDocumentLoader.Load(DocumentBlobWriter.Write(SampleDocuments.WithEmbeddedChild(20), new BlobWriteOptions()));
    }

    private static CompiledDocument WithChild(CompiledDocument child)
    {
        var parent = SampleDocuments.WithEmbeddedChild(1);
        var states = parent.States.ToArray();
        var s0 = states[1];
        states[1] = new CompiledState
        {
            Index = 1, Id = s0.Id, Kind = s0.Kind, Parent = 0, Depth = 1, Transitions = s0.Transitions, Position = s0.Position,
            Invokes = [new CompiledAction { Kind = ActionKind.Invoke, Children = [new CompiledAction { Kind = ActionKind.Content, Body = new CompiledExpression("<scxml/>", true, default), Document = child, Position = new SourcePosition(7, 9) }] }],
        };
        return new CompiledDocument { States = states, Transitions = parent.Transitions };
    }

    private static string Refuse(byte[] blob) => Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(blob)).Message;
}
