using System.Linq;
using System.Text;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Syntax;

public class SyntaxParserTests
{
    private static SyntaxTree Parse(string text, ParseOptions? options = null) =>
        SyntaxParser.Parse(new SourceDocument("t.scxml", text), options);

    private static string Slice(SourceDocument d, TextSpan span) => d.Text.Substring(span.Start, span.Length);

    [Fact]
    public void Element_and_attribute_spans_point_at_the_source()
    {
        var text = "<scxml xmlns='http://www.w3.org/2005/07/scxml'>\r\n  <state id = \"a&amp;b\" >\n    <onentry/>\n  </state>\n</scxml>";
        var tree = Parse(text);
        Assert.Empty(tree.Diagnostics);
        var state = tree.Root!.Elements.Single();
        Assert.Equal("state", Slice(tree.Document, state.NameSpan));
        Assert.Equal(new LinePosition(2, 4), state.NameLocation.Start);
        Assert.Equal("<state id = \"a&amp;b\" >", Slice(tree.Document, state.StartTagSpan));
        Assert.EndsWith("</state>", Slice(tree.Document, state.Span));
        var id = state.GetAttribute("id")!;
        Assert.Equal("a&b", id.Value);
        Assert.Equal("a&amp;b", Slice(tree.Document, id.ValueSpan));
        Assert.Equal(new LinePosition(2, 16), id.ValueLocation.Start);
        Assert.Equal("b", Slice(tree.Document, id.GetValueLocation(2, 1).Span));
        Assert.Equal(1, state.Depth);
        Assert.Equal(2, state.Elements.Single().Depth);
    }

    [Fact]
    public void Start_tags_end_at_the_first_unquoted_angle_bracket()
    {
        var text = "<scxml xmlns='http://www.w3.org/2005/07/scxml'><state id=\"s\"><transition cond=\"a > 1 && b\" event='e\">f' target=\"s\">"
            + "<log expr=\"'>'\"/></transition></state></scxml>";
        var tree = Parse(text.Replace("&&", "&amp;&amp;"));
        Assert.Empty(tree.Diagnostics);
        var transition = tree.Root!.Elements.Single().Elements.Single();
        Assert.Equal("<transition cond=\"a > 1 &amp;&amp; b\" event='e\">f' target=\"s\">", Slice(tree.Document, transition.StartTagSpan));
        Assert.Equal("<log expr=\"'>'\"/>", Slice(tree.Document, transition.Elements.Single().StartTagSpan));
    }

    [Fact]
    public void Text_and_cdata_offsets_map_to_the_source()
    {
        var text = "<scxml xmlns='http://www.w3.org/2005/07/scxml'><script>var a = 1 &lt; 2;\r\nfoo(</script><script><![CDATA[x\n<y]]></script></scxml>";
        var tree = Parse(text);
        var scripts = tree.Root!.Elements.ToArray();
        var body = (SyntaxText)scripts[0].Nodes.Single();
        Assert.Equal("var a = 1 < 2;\nfoo(", body.Value);
        Assert.Equal("foo(", Slice(tree.Document, body.GetValueLocation(body.Value.IndexOf('f'), 4).Span));
        var cdata = (SyntaxText)scripts[1].Nodes.Single();
        Assert.True(cdata.IsCData);
        Assert.Equal("x\n<y", cdata.Value);
        Assert.Equal("<y", Slice(tree.Document, cdata.GetValueLocation(2, 2).Span));
    }

    [Fact]
    public void Malformed_xml_reports_where_the_parser_stopped()
    {
        var tree = Parse("<scxml>\n  <state id='a'>\n  </stat>\n</scxml>");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("ORS1001", diagnostic.Id);
        Assert.Equal(3, diagnostic.Location.Start.Line);
    }

    [Fact]
    public void Dtd_is_rejected_and_never_expanded()
    {
        var tree = Parse("<?xml version='1.0'?>\n<!DOCTYPE scxml [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n<scxml>&x;</scxml>");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("ORS1002", diagnostic.Id);
        Assert.Equal(new LinePosition(2, 1), diagnostic.Location.Start);
    }

    [Fact]
    public void Undeclared_entity_is_malformed_xml()
    {
        var tree = Parse("<scxml>&foo;</scxml>");
        Assert.Equal("ORS1001", Assert.Single(tree.Diagnostics).Id);
    }

    [Fact]
    public void Ten_thousand_nested_states_give_a_diagnostic_not_a_crash()
    {
        var builder = new StringBuilder("<scxml xmlns='http://www.w3.org/2005/07/scxml'>");
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("<state id='s").Append(i).Append("'>");
        }

        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("</state>");
        }

        builder.Append("</scxml>");
        var tree = Parse(builder.ToString());
        Assert.Equal("ORS1004", Assert.Single(tree.Diagnostics).Id);
        Assert.NotNull(tree.Root);
        Assert.True(tree.Root!.DescendantsAndSelf().Count() <= ParseOptions.Default.MaxDepth);
    }

    [Fact]
    public void Oversized_document_is_refused_before_reading()
    {
        var tree = Parse("<scxml>" + new string(' ', 100) + "</scxml>", new ParseOptions { MaxDocumentLength = 50 });
        Assert.Equal("ORS1003", Assert.Single(tree.Diagnostics).Id);
        Assert.Null(tree.Root);
    }

    [Fact]
    public void Comments_are_kept_with_their_span()
    {
        var tree = Parse("<scxml><!-- orsc-disable ORS4001 --><state/></scxml>");
        var comment = Assert.Single(tree.Comments);
        Assert.Equal(" orsc-disable ORS4001 ", comment.Value);
        Assert.Equal("<!-- orsc-disable ORS4001 -->", Slice(tree.Document, comment.Span));
    }

    [Fact]
    public void Descendants_are_in_document_order()
    {
        var tree = Parse("<a><b><c/><d/></b><e/></a>");
        Assert.Equal("abcde", string.Concat(tree.Root!.DescendantsAndSelf().Select(e => e.LocalName)));
    }
}
