using System.Linq;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using static OrsCompiler.Core.Tests.Compilation.TestCompiler;

namespace OrsCompiler.Core.Tests.Compilation;

public class ActionCompilationTests
{
    private const string Queue = "http://www.genesyslab.com/modules/queue";

    [Fact]
    public void If_branches_are_children_with_elseif_and_else_as_separators()
    {
        var document = CompileDocument(Document("""
            <state id="s"><onentry>
              <if cond="x &gt; 1"><log expr="'a'"/><elseif cond="x == 1"/><raise event="b"/><else/><assign location="x" expr="0"/></if>
            </onentry></state>
            """));

        var block = Assert.Single(document.State("s").OnEntry);
        var ifAction = Assert.Single(block);
        Assert.Equal(ActionKind.If, ifAction.Kind);
        Assert.Equal("x > 1", ifAction.GetExpression("cond")!.Source);
        Assert.Equal(
            [ActionKind.Log, ActionKind.ElseIf, ActionKind.Raise, ActionKind.Else, ActionKind.Assign],
            ifAction.Children.Select(c => c.Kind));
        Assert.Equal("x == 1", ifAction.Children[1].GetExpression("cond")!.Source);
        Assert.Equal("b", ifAction.Children[2].GetLiteral("event"));
        Assert.Equal("x", ifAction.Children[4].GetExpression("location")!.Source);
    }

    [Fact]
    public void Each_onentry_and_onexit_element_is_its_own_block()
    {
        var document = CompileDocument(Document("""
            <state id="s">
              <onentry><log expr="1"/></onentry>
              <onentry><log expr="2"/><log expr="3"/></onentry>
              <onexit><raise event="bye"/></onexit>
            </state>
            """));

        var state = document.State("s");
        Assert.Equal([1, 2], state.OnEntry.Select(b => b.Count));
        Assert.Equal(ActionKind.Raise, Assert.Single(Assert.Single(state.OnExit)).Kind);
    }

    [Fact]
    public void Send_keeps_literals_and_expressions_apart_with_params_and_content()
    {
        var document = CompileDocument(Document("""
            <state id="s"><onentry>
              <send event="ev" targetexpr="t" delay="1s" idlocation="sid" namelist="a b">
                <param name="p" expr="1 + 2"/>
              </send>
              <cancel sendidexpr="sid"/>
              <send event="withContent"><content>{"k": 1}</content></send>
            </onentry></state>
            """));

        var send = document.State("s").OnEntry[0][0];
        Assert.Equal(ActionKind.Send, send.Kind);
        Assert.Equal(["event", "targetexpr", "delay", "idlocation", "namelist"], send.Attributes.Select(a => a.Name));
        Assert.Equal("ev", send.GetLiteral("event"));
        Assert.Equal("1s", send.GetLiteral("delay"));
        Assert.Equal("a b", send.GetLiteral("namelist"));
        Assert.Equal("t", send.GetExpression("targetexpr")!.Source);
        Assert.Equal("sid", send.GetExpression("idlocation")!.Source);
        var param = Assert.Single(send.Children);
        Assert.Equal(ActionKind.Param, param.Kind);
        Assert.Equal("p", param.GetLiteral("name"));
        Assert.Equal("1 + 2", param.GetExpression("expr")!.Source);
        var content = Assert.Single(document.State("s").OnEntry[0][2].Children);
        Assert.Equal(ActionKind.Content, content.Kind);
        Assert.Equal("{\"k\": 1}", content.Body!.Source);
        Assert.Equal("sid", document.State("s").OnEntry[0][1].GetExpression("sendidexpr")!.Source);
    }

    [Fact]
    public void Ors_dialect_evaluates_send_event_target_and_delay()
    {
        var document = CompileDocument(Document(
            """<state id="s"><onentry><send event="'a.b'" target="'_internal'" delay="'1s'"/></onentry></state>""",
            rootAttributes: $"xmlns:queue=\"{Queue}\""));

        Assert.Equal("ors", document.Dialect);
        var send = document.State("s").OnEntry[0][0];
        Assert.Equal("'a.b'", send.GetExpression("event")!.Source);
        Assert.Equal("'1s'", send.GetExpression("delay")!.Source);
        Assert.Equal("'_internal'", send.GetExpression("target")!.Source);
    }

    [Fact]
    public void Ors_module_actions_are_custom_actions_with_namespace_attributes_and_children()
    {
        var document = CompileDocument(Document(
            """
            <state id="s"><onentry>
              <queue:submit queue="'VQ_1'" priority="5" requestid="_data.req" route="true" custom="1 + 1" xmlns:x="urn:x" x:note="kept">
                <queue:targets><queue:target name="Agent1" type="agentgroup"/></queue:targets>
              </queue:submit>
            </onentry></state>
            """,
            rootAttributes: $"xmlns:queue=\"{Queue}\""));

        var submit = document.State("s").OnEntry[0][0];
        Assert.Equal(ActionKind.Custom, submit.Kind);
        Assert.Equal(Queue, submit.Namespace);
        Assert.Equal("submit", submit.LocalName);
        Assert.Equal(["queue", "priority", "requestid", "route", "custom", "{urn:x}note"], submit.Attributes.Select(a => a.Name));
        Assert.Equal("'VQ_1'", submit.GetExpression("queue")!.Source);
        Assert.Equal("_data.req", submit.GetExpression("requestid")!.Source);
        Assert.Equal("true", submit.GetLiteral("route"));
        Assert.Equal("1 + 1", submit.GetExpression("custom")!.Source);
        Assert.Equal("kept", submit.GetLiteral("{urn:x}note"));

        var targets = Assert.Single(submit.Children);
        Assert.Equal("targets", targets.LocalName);
        var target = Assert.Single(targets.Children);
        Assert.Equal((Queue, "target"), (target.Namespace, target.LocalName));
        Assert.Equal("agentgroup", target.GetLiteral("type"));
        Assert.Equal("Agent1", target.GetLiteral("name"));
    }

    [Fact]
    public void Foreign_elements_keep_literal_attributes()
    {
        var document = CompileDocument(Document("""<state id="s"><onentry><my:act xmlns:my="urn:mine" value="1 +">text</my:act></onentry></state>"""));

        var action = document.State("s").OnEntry[0][0];
        Assert.Equal(("urn:mine", "act"), (action.Namespace, action.LocalName));
        Assert.Equal("1 +", action.GetLiteral("value"));
        Assert.Equal("text", action.Body!.Source);
    }

    [Fact]
    public void Scripts_keep_their_source_at_the_top_level_and_in_actions()
    {
        var document = CompileDocument(Document("""
            <script>var top = 1;</script>
            <state id="s"><onentry><script><![CDATA[if (a < b) { top++; }]]></script></onentry></state>
            """));

        Assert.Equal("var top = 1;", Assert.Single(document.Script).Body!.Source);
        var script = document.State("s").OnEntry[0][0];
        Assert.Equal(ActionKind.Script, script.Kind);
        Assert.Equal("if (a < b) { top++; }", script.Body!.Source);
        Assert.Equal(new SourcePosition(3, 41), script.Body.Position);
    }

    [Fact]
    public void Inline_xml_content_is_kept_as_written()
    {
        var document = CompileDocument(Document("""
            <state id="s"><onentry><send event="e"><content>
              <doc a="1">x &amp; y<inner/></doc>
            </content></send></onentry></state>
            """));

        var content = document.State("s").OnEntry[0][0].Children[0];
        Assert.Equal("<doc a=\"1\">x &amp; y<inner/></doc>", content.Body!.Source);
        Assert.Empty(content.Children);
    }

    [Fact]
    public void Data_declarations_with_expression_source_content_and_extension_attributes()
    {
        var document = CompileDocument(Document(
            """
            <datamodel>
              <data id="a" expr="1 + 1"/>
              <data id="b" src="http://example.com/b.json"/>
              <data id="c">[1, 2]</data>
              <data id="d" _type="parameter" _desc="Timeout"/>
            </datamodel>
            <state id="s"><datamodel><data id="local" expr="'x'"/></datamodel></state>
            """,
            rootAttributes: $"binding=\"late\" xmlns:queue=\"{Queue}\""));

        var data = document.Root.DataDeclarations;
        Assert.Equal(["a", "b", "c", "d"], data.Select(d => d.Id));
        Assert.Equal("1 + 1", data[0].Expression!.Source);
        Assert.Equal("http://example.com/b.json", data[1].Source);
        Assert.Equal("[1, 2]", data[2].Content!.Source);
        Assert.Equal(["_type=parameter", "_desc=Timeout"], data[3].ExtensionAttributes.Select(a => a.ToString()));
        Assert.Empty(data[0].ExtensionAttributes);
        Assert.Equal("local", Assert.Single(document.State("s").DataDeclarations).Id);
        Assert.Equal(["a", "b", "c", "d", "local"], document.DataDeclarations.Select(d => d.Id));
        Assert.Equal(BindingMode.Late, document.Binding);
    }

    [Fact]
    public void Invoke_and_donedata_are_structural_actions()
    {
        var document = CompileDocument(Document("""
            <state id="s">
              <invoke type="http://www.w3.org/TR/scxml/" srcexpr="'child.scxml'" id="inv">
                <param name="x" expr="1"/>
                <finalize><assign location="y" expr="_event.data.x"/></finalize>
              </invoke>
              <transition event="done.invoke.inv" target="f"/>
            </state>
            <final id="f"><donedata><param name="result" location="y"/></donedata></final>
            """));

        var invoke = Assert.Single(document.State("s").Invokes);
        Assert.Equal(ActionKind.Invoke, invoke.Kind);
        Assert.Equal("inv", invoke.GetLiteral("id"));
        Assert.Equal("'child.scxml'", invoke.GetExpression("srcexpr")!.Source);
        Assert.Equal([ActionKind.Param, ActionKind.Finalize], invoke.Children.Select(c => c.Kind));
        Assert.Equal(ActionKind.Assign, Assert.Single(invoke.Children[1].Children).Kind);

        var doneData = document.State("f").DoneData!;
        Assert.Equal(ActionKind.DoneData, doneData.Kind);
        Assert.Equal("y", Assert.Single(doneData.Children).GetExpression("location")!.Source);
    }

    [Fact]
    public void Root_attributes_name_datamodel_and_ors_flags()
    {
        var document = CompileDocument(Document(
            "<state id=\"s\"/>",
            rootAttributes: $"name=\"billing\" _persist=\"false\" _sendSessionRecovered=\"true\" xmlns:queue=\"{Queue}\""));

        Assert.Equal("billing", document.Name);
        Assert.Equal("ecmascript", document.DatamodelKind);
        Assert.False(document.Persist);
        Assert.True(document.SendSessionRecovered);
        Assert.Equal(BindingMode.Early, document.Binding);
    }

    [Fact]
    public void Absent_ors_flags_stay_null_in_w3c_documents()
    {
        var document = CompileDocument(Document("<state id=\"s\"/>"));

        Assert.Null(document.Persist);
        Assert.Null(document.SendSessionRecovered);
        Assert.Equal("w3c", document.Dialect);
        Assert.Equal("", document.Name);
    }

    [Fact]
    public void Transition_events_are_tokenized_descriptors_and_cond_an_expression()
    {
        var document = CompileDocument(Document("""<state id="s"><transition event="error.* done.state.s  *" cond="a &amp;&amp; b" target="s"/></state>"""));

        var transition = document.TransitionOf("s");
        Assert.Equal(["error.*", "done.state.s", "*"], transition.Events.Select(e => e.Text));
        Assert.Equal(["error"], transition.Events[0].Tokens);
        Assert.Equal(["done", "state", "s"], transition.Events[1].Tokens);
        Assert.True(transition.Events[2].IsWildcard);
        Assert.Equal("a && b", transition.Condition!.Source);
        Assert.True(transition.Condition.IsValid);
    }
}
