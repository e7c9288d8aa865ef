using System.Linq;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using static OrsCompiler.Core.Tests.Compilation.TestCompiler;

namespace OrsCompiler.Core.Tests.Compilation;

/// <summary>Domains and exit sets against SCXML getTransitionDomain / computeExitSet on hand-made charts.</summary>
public class TransitionSetsTests
{
    // Indices: s=1 s1=2 s11=3 s12=4 s2=5 p=6 r1=7 r1a=8 r1b=9 r2=10 ph=11 t=12.
    private static readonly CompiledDocument Chart = CompileDocument(Document("""
        <state id="s">
          <state id="s1">
            <transition event="internal.child" type="internal" target="s12"/>
            <transition event="external.child" target="s12"/>
            <transition event="internal.outside" type="internal" target="s2"/>
            <transition event="self" target="s1"/>
            <transition event="self.internal" type="internal" target="s1"/>
            <state id="s11"><transition event="sibling" target="s12"/></state>
            <state id="s12"/>
          </state>
          <state id="s2">
            <transition event="to.history" target="ph"/>
            <transition event="two.regions" target="r1a r2"/>
            <transition event="targetless"><log expr="1"/></transition>
            <transition event="atomic.internal" type="internal" target="s2"/>
          </state>
          <parallel id="p">
            <state id="r1">
              <state id="r1a"><transition event="across.regions" target="r2"/><transition event="in.region" target="r1b"/></state>
              <state id="r1b"/>
            </state>
            <state id="r2"/>
            <history id="ph" type="deep"><transition target="r1b"/></history>
          </parallel>
        </state>
        <state id="t"><transition event="to.top" target="s11"/></state>
        """));

    private static CompiledTransition Transition(string eventName) =>
        Chart.Transitions.Single(t => t.Events.Any(e => e.Text == eventName));

    private static string DomainOf(string eventName) => Chart.States[Transition(eventName).Domain].Id;

    [Theory]
    [InlineData("sibling", "s1")]
    [InlineData("internal.child", "s1")]
    [InlineData("external.child", "s")]
    [InlineData("internal.outside", "s")]
    [InlineData("self", "s")]
    [InlineData("self.internal", "s")]
    [InlineData("atomic.internal", "s")]
    [InlineData("in.region", "r1")]
    [InlineData("across.regions", "s")]
    [InlineData("two.regions", "s")]
    [InlineData("to.history", "s")]
    [InlineData("to.top", "")]
    public void Domain_is_the_least_common_compound_ancestor_or_the_source_for_internal_transitions(string eventName, string domain) =>
        Assert.Equal(domain, DomainOf(eventName));

    [Fact]
    public void Parallel_states_are_never_a_domain()
    {
        // r1a -> r2 crosses regions of p; p is parallel, so the domain is the compound state above it.
        var transition = Transition("across.regions");
        Assert.Equal(StateKind.Parallel, Chart.State("p").Kind);
        Assert.Equal(Chart.IndexOf("s"), transition.Domain);
    }

    [Fact]
    public void Exit_set_is_every_proper_descendant_of_the_domain_in_ascending_order()
    {
        Assert.Equal(["s11", "s12"], Chart.Ids(Transition("sibling").ExitSet));
        Assert.Equal(["s11", "s12"], Chart.Ids(Transition("internal.child").ExitSet));
        Assert.Equal(["s1", "s11", "s12", "s2", "p", "r1", "r1a", "r1b", "r2", "ph"], Chart.Ids(Transition("self").ExitSet));
        Assert.Equal(["r1a", "r1b"], Chart.Ids(Transition("in.region").ExitSet));
        Assert.Equal(Enumerable.Range(1, 12), Transition("to.top").ExitSet);
    }

    [Fact]
    public void Targetless_transition_has_no_domain_and_exits_nothing()
    {
        var transition = Transition("targetless");

        Assert.Equal(-1, transition.Domain);
        Assert.Empty(transition.ExitSet);
        Assert.Empty(transition.Targets);
        Assert.Single(transition.Actions);
    }

    [Fact]
    public void History_default_transition_domain_skips_the_parallel_parent()
    {
        var history = Chart.State("ph");
        var transition = Chart.Transitions[history.InitialTransition];

        Assert.Equal(history.Index, transition.Source);
        Assert.Equal(Chart.IndexOf("s"), transition.Domain);
    }

    [Fact]
    public void Initial_transitions_have_their_state_as_domain()
    {
        var initial = Chart.Transitions[Chart.State("s1").InitialTransition];
        var rootInitial = Chart.Transitions[Chart.InitialTransition];

        Assert.Equal(Chart.IndexOf("s1"), initial.Domain);
        Assert.Equal(["s11", "s12"], Chart.Ids(initial.ExitSet));
        Assert.Equal(0, rootInitial.Domain);
    }

    [Fact]
    public void Internal_and_external_types_are_kept()
    {
        Assert.Equal(TransitionType.Internal, Transition("internal.child").Type);
        Assert.Equal(TransitionType.External, Transition("external.child").Type);
    }

    [Fact]
    public void Every_compiled_transition_satisfies_the_runtime_invariants() => Chart.Validate();
}
