using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Collections;
using OrsCompiler.Core.Tests.Ors;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Syntax;

/// <summary>The stackless walks (<see cref="SyntaxElement.DescendantsAndSelf"/>, child lists) against a recursive reference.</summary>
public class SyntaxWalkTests
{
    private const string Document =
        "<scxml xmlns='http://www.w3.org/2005/07/scxml' xmlns:q='http://www.genesyslab.com/modules/queue'>"
        + "text<!-- c --><state id='a'><state id='a1'>x<onentry><q:submit><param name='p'/></q:submit></onentry></state>"
        + "<state id='a2'/></state><![CDATA[ d ]]><final id='f'><donedata><content>t</content></donedata></final></scxml>";

    [Fact]
    public void Descendants_come_in_document_order_and_stay_in_the_subtree()
    {
        var root = SyntaxParser.Parse(new SourceDocument("t.scxml", Document)).Root!;
        Assert.Equal(Recursive(root), root.DescendantsAndSelf().ToList());
        foreach (var element in root.DescendantsAndSelf())
        {
            Assert.Equal(Recursive(element), element.DescendantsAndSelf().ToList());
        }

        Assert.Equal(
            new[] { "scxml", "state", "state", "onentry", "submit", "param", "state", "final", "donedata", "content" },
            root.DescendantsAndSelf().Select(e => e.LocalName));
    }

    [Fact]
    public void An_enumerator_ends_once_and_can_be_reset()
    {
        var leaf = SyntaxParser.Parse(new SourceDocument("t.scxml", Document)).Root!.DescendantsAndSelf().Single(e => e.LocalName == "param");
        var enumerator = leaf.DescendantsAndSelf().GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.Same(leaf, enumerator.Current);
        Assert.False(enumerator.MoveNext());
        Assert.False(enumerator.MoveNext());
        enumerator.Reset();
        Assert.True(enumerator.MoveNext());
    }

    [Fact]
    public void Child_lists_skip_text_and_match_the_nodes()
    {
        var root = SyntaxParser.Parse(new SourceDocument("t.scxml", Document)).Root!;
        Assert.Equal(root.Nodes.OfType<SyntaxElement>(), root.Elements);
        Assert.Equal(new[] { "a", "f" }, root.Elements.Select(e => e.GetAttributeValue("id")));
        Assert.Equal(4, root.Nodes.Count);
        Assert.IsType<SyntaxText>(root.Nodes[0]);
        Assert.Equal(new[] { "xmlns", "xmlns:q" }, root.Attributes.Select(a => a.Name));
        Assert.Empty(default(ReadOnlyListView<SyntaxNode>));
    }

    [Fact]
    public void Walks_follow_elements_spliced_in_by_xinclude()
    {
        // The include sits between two states; after the splice the later siblings moved, and walks must see them all.
        var files = new Dictionary<string, string>
        {
            ["main.scxml"] = "<scxml xmlns='http://www.w3.org/2005/07/scxml' xmlns:xi='http://www.w3.org/2001/XInclude' version='1.0'>"
                + "<state id='before'/><xi:include href='other.scxml' xpointer='i2'/><state id='after'><final id='end'/></state></scxml>",
            ["other.scxml"] = "<scxml xmlns='http://www.w3.org/2005/07/scxml'><state id='i1'/><state id='i2'><state id='i3'/></state></scxml>",
        };
        var result = DocumentAnalyzer.Analyze(
            new SourceDocument("main.scxml", files["main.scxml"]),
            new AnalysisOptions { SourceResolver = new DictionarySourceResolver(files) });
        var root = result.Tree.Root!;
        Assert.Equal(Recursive(root), root.DescendantsAndSelf().ToList());
        Assert.Equal(
            new[] { "before", "i2", "i3", "after", "end" },
            root.DescendantsAndSelf().Skip(1).Select(e => e.GetAttributeValue("id")));
    }

    private static List<SyntaxElement> Recursive(SyntaxElement element)
    {
        var result = new List<SyntaxElement> { element };
        foreach (var node in element.Nodes)
        {
            if (node is SyntaxElement child)
            {
                result.AddRange(Recursive(child));
            }
        }

        return result;
    }
}
