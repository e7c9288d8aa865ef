using System.Linq;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using static OrsCompiler.Core.Tests.Compilation.TestCompiler;

namespace OrsCompiler.Core.Tests.Compilation;

/// <summary>An inline <c>&lt;scxml&gt;</c> child is compiled with its parent and travels in the parent's blob.</summary>
public class InlineDocumentCompilationTests
{
    private static readonly string Parent = Document(
        """
        <state id="s0">
          <onentry><assign location="later"><scxml version="1.0" initial="b"><state id="b"><transition target="end"/></state><final id="end"/></scxml></assign></onentry>
          <invoke id="child">
            <content>
              <scxml version="1.0" name="inner" initial="c1">
                <state id="c1"><transition event="go" cond="1 +" target="c2"/></state>
                <final id="c2"/>
              </scxml>
            </content>
          </invoke>
          <transition event="done.invoke.child" target="pass"/>
        </state>
        <final id="pass"/>
        """,
        rootAttributes: "initial=\"s0\"");

    [Fact]
    public void The_inline_child_is_compiled_into_the_content_action_and_round_trips_through_the_blob()
    {
        var result = Compile(Parent);
        var loaded = OrsDocumentLoader.Load(result.Blob!);

        var content = loaded.State("s0").Invokes.Single().Children.Single(c => c.Kind == ActionKind.Content);
        var child = content.Document!;
        Assert.StartsWith("<scxml version=\"1.0\" name=\"inner\"", content.Body!.Source, System.StringComparison.Ordinal);
        Assert.Equal("inner", child.Name);
        Assert.Equal(["", "c1", "c2"], child.States.Select(s => s.Id));
        var go = child.TransitionOf("c1");
        Assert.Equal(child.IndexOf("c2"), go.Targets.Single());
        Assert.False(go.Condition!.IsValid);

        var assigned = loaded.State("s0").OnEntry.Single().Single().Document!;
        Assert.Equal(["", "b", "end"], assigned.States.Select(s => s.Id));
    }

    [Fact]
    public void A_parent_with_an_inline_child_compiles_to_identical_bytes_every_time()
    {
        Assert.Equal(Compile(Parent).Blob, Compile(Parent).Blob);
        Assert.Equal(1, OrsDocumentLoader.ReadHeader(Compile(Parent).Blob!).FormatMinor);
    }

    [Fact]
    public void Content_that_is_not_one_scxml_element_embeds_nothing()
    {
        var document = CompileDocument(Document(
            """
            <state id="s0"><onentry><send event="e"><content><data><scxml/></data></content></send></onentry></state>
            """));

        var content = document.State("s0").OnEntry.Single().Single().Children.Single();
        Assert.Equal(ActionKind.Content, content.Kind);
        Assert.Null(content.Document);
    }
}
