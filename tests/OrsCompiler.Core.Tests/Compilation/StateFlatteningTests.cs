using System.Linq;
using OrsCompiler.Compilation;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using static OrsCompiler.Core.Tests.Compilation.TestCompiler;

namespace OrsCompiler.Core.Tests.Compilation;

public class StateFlatteningTests
{
    private const string Nested = """
        <state id="a">
          <transition event="go" target="p"/>
          <state id="a1"/>
          <history id="ah" type="deep"><transition target="a2"/></history>
          <state id="a2"/>
        </state>
        <parallel id="p">
          <state id="r1"><state id="r1x"/></state>
          <state id="r2"/>
        </parallel>
        <final id="done"/>
        """;

    [Fact]
    public void States_are_numbered_in_document_order_with_the_root_first()
    {
        var document = CompileDocument(Document(Nested));

        Assert.Equal(["", "a", "a1", "ah", "a2", "p", "r1", "r1x", "r2", "done"], document.States.Select(s => s.Id));
        Assert.Equal(Enumerable.Range(0, 10), document.States.Select(s => s.Index));
        Assert.Equal(StateKind.Root, document.Root.Kind);
    }

    [Fact]
    public void Parents_children_depths_and_kinds_follow_the_tree()
    {
        var document = CompileDocument(Document(Nested));

        Assert.Equal(["a", "p", "done"], document.Ids(document.Root.Children));
        Assert.Equal(["a1", "ah", "a2"], document.Ids(document.State("a").Children));
        Assert.Equal(document.IndexOf("p"), document.State("r2").Parent);
        Assert.Equal(-1, document.Root.Parent);
        Assert.Equal([0, 1, 2, 2, 2, 1, 2, 3, 2, 1], document.States.Select(s => s.Depth));
        Assert.Equal(
            [StateKind.Root, StateKind.Compound, StateKind.Atomic, StateKind.HistoryDeep, StateKind.Atomic, StateKind.Parallel, StateKind.Compound, StateKind.Atomic, StateKind.Atomic, StateKind.Final],
            document.States.Select(s => s.Kind));
    }

    [Fact]
    public void History_default_transition_is_the_history_states_initial_transition()
    {
        var document = CompileDocument(Document(Nested));
        var history = document.State("ah");

        var transition = document.Transitions[history.InitialTransition];
        Assert.Equal(history.Index, transition.Source);
        Assert.Equal(["a2"], document.Ids(transition.Targets));
        Assert.Empty(history.Transitions);
    }

    [Fact]
    public void Shallow_is_the_default_history_type()
    {
        var document = CompileDocument(Document("""<state id="s"><history id="h"><transition target="s1"/></history><state id="s1"/></state>"""));

        Assert.Equal(StateKind.HistoryShallow, document.State("h").Kind);
    }

    [Fact]
    public void Without_an_initial_the_first_child_state_is_entered_and_history_is_skipped()
    {
        var document = CompileDocument(Document("""
            <state id="s">
              <history id="h"><transition target="s2"/></history>
              <state id="s1"/>
              <state id="s2"/>
            </state>
            """));

        var rootInitial = document.Transitions[document.InitialTransition];
        Assert.Equal(["s"], document.Ids(rootInitial.Targets));
        Assert.Equal(0, rootInitial.Source);

        var initial = document.Transitions[document.State("s").InitialTransition];
        Assert.Equal(["s1"], document.Ids(initial.Targets));
        Assert.Equal(document.IndexOf("s"), initial.Domain);
        Assert.Empty(initial.Actions);
        Assert.True(initial.IsEventless);
    }

    [Fact]
    public void Initial_attribute_and_initial_element_resolve_to_indices()
    {
        var document = CompileDocument(Document(
            """
            <state id="s" initial="s2"><state id="s1"/><state id="s2"/></state>
            <state id="t">
              <initial><transition target="t2"><log expr="'entering'"/></transition></initial>
              <state id="t1"/><state id="t2"/>
            </state>
            """,
            rootAttributes: "initial=\"t\""));

        Assert.Equal(["t"], document.Ids(document.Transitions[document.InitialTransition].Targets));
        Assert.Equal(["s2"], document.Ids(document.Transitions[document.State("s").InitialTransition].Targets));
        var fromElement = document.Transitions[document.State("t").InitialTransition];
        Assert.Equal(["t2"], document.Ids(fromElement.Targets));
        Assert.Equal(ActionKind.Log, Assert.Single(fromElement.Actions).Kind);
    }

    [Fact]
    public void Transitions_are_numbered_state_by_state_initial_first()
    {
        var document = CompileDocument(Document("""
            <state id="a">
              <transition event="x" target="b"/>
              <state id="a1"><transition event="y" target="a"/></state>
              <transition event="z" target="b"/>
            </state>
            <state id="b"/>
            """));

        // root initial, a's initial, a's x and z, then a1's y.
        Assert.Equal(5, document.Transitions.Count);
        Assert.Equal(0, document.InitialTransition);
        Assert.Equal(1, document.State("a").InitialTransition);
        Assert.Equal([2, 3], document.State("a").Transitions);
        Assert.Equal([4], document.State("a1").Transitions);
        Assert.Equal(["z"], document.Transitions[3].Events.Select(e => e.Text));
        Assert.Equal(Enumerable.Range(0, 5), document.Transitions.Select(t => t.Index));
    }

    [Fact]
    public void States_without_id_get_a_generated_id_that_no_written_id_takes()
    {
        var document = CompileDocument(Document("""<state id="_state2"><state/><state id="x"/></state>"""));

        var generated = document.States[2].Id;
        Assert.StartsWith(StateFlattener.GeneratedIdPrefix, generated, System.StringComparison.Ordinal);
        Assert.NotEqual("_state2", generated);
        Assert.Equal(document.States.Count, document.States.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void Source_positions_point_at_element_names()
    {
        var document = CompileDocument(Document("""
            <state id="a">
              <transition event="e" target="a"/>
            </state>
            """));

        Assert.Equal(new SourcePosition(2, 2), document.State("a").Position);
        Assert.Equal(new SourcePosition(3, 4), document.TransitionOf("a").Position);
    }
}
