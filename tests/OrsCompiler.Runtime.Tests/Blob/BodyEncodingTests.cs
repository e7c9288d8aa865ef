using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Runtime.Tests.Support;

namespace OrsCompiler.Runtime.Tests.Blob;

/// <summary>The compactness rules of the body: the string table and left-out default fields.</summary>
public class BodyEncodingTests
{
    [Fact]
    public void A_repeated_string_is_stored_once_and_referenced_by_index()
    {
        var body = DocumentBodyWriter.Write(SampleDocuments.Large(30));

        Assert.Equal(1, Occurrences(body, "step.next"));
        Assert.Equal(1, Occurrences(body, "entering"));
        Assert.Equal(1, Occurrences(body, "state17"));
        var table = TableOf(body);
        Assert.Equal(["label", "entering", "expr", "step.next", "error.*"], table.Take(5));
    }

    [Fact]
    public void Default_trailing_fields_are_left_out()
    {
        var document = new CompiledDocument
        {
            Name = "minimal",
            States = [new CompiledState { Kind = StateKind.Root, Position = new SourcePosition(1, 1) }],
            Script = [new CompiledAction { Kind = ActionKind.Else, Position = new SourcePosition(2, 3) }],
        };

        var body = DocumentBodyWriter.Write(document);

        // The root is [id, kind, parent, line, column]; the action [kind, line, column].
        using var json = JsonDocument.Parse(MessagePackJson.ToJson(body));
        var record = json.RootElement[0];
        Assert.Equal("[\"\",0,-1,1,1]", record[7][0].GetRawText());
        Assert.Equal("[9,2,3]", record[9][0].GetRawText());
        Assert.Equal(ActionKind.Else, OrsDocumentLoader.Load(BlobBuilder.WrapBody(body)).Script[0].Kind);
    }

    [Fact]
    public void A_string_index_outside_the_table_is_refused()
    {
        var body = DocumentBodyWriter.Write(SampleDocuments.Large(3));
        var tableLength = TableOf(body).Length;

        // The document name "large3" (7 bytes inline) is the field after the table: make it index 127 instead.
        var name = OffsetOfField(body, 1);
        Assert.Equal("a66c617267653", Convert.ToHexStringLower(body, name, 7)[..13]);
        byte[] mutated = [.. body[..name], 0x7f, .. body[(name + 7)..]];

        var exception = Assert.Throws<InvalidDocumentBlobException>(() => OrsDocumentLoader.Load(BlobBuilder.WrapBody(mutated)));
        Assert.Contains("String index 127 is outside the table of " + tableLength, exception.Message, StringComparison.Ordinal);
    }

    private static string[] TableOf(byte[] body)
    {
        var reader = new MessagePackReader(body);
        reader.ReadArrayHeader();
        var strings = new string[reader.ReadArrayHeader()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        return strings;
    }

    /// <summary>Offset of the document record's field at index <paramref name="field"/>.</summary>
    private static int OffsetOfField(byte[] body, int field)
    {
        var reader = new MessagePackReader(body);
        reader.ReadArrayHeader();
        for (var i = 0; i < field; i++)
        {
            reader.Skip();
        }

        return reader.Position;
    }

    private static int Occurrences(byte[] haystack, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var count = 0;
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                count++;
            }
        }

        return count;
    }
}
