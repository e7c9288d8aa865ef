using System.Threading.Tasks;
using OrsCompiler.Engine.Tests.Support;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine.Tests.Engine;

/// <summary>
/// Sessions share one hardened Jint realm (<see cref="JintRealm"/>): whatever a session does to its globals or to the
/// built-ins, another session never sees it, and ECMAScript that assigns over inherited built-in members still works.
/// Each document runs a first session that does the deed, then a second that must reach <c>clean</c>.
/// </summary>
public class SharedRealmTests
{
    private static CompiledDocument Probe(string deed, string check, string extraData = "") => Documents.Compile(Documents.Scxml(
        "<datamodel><data id='first' expr='true'/>" + extraData + "</datamodel>"
        + "<state id='s'><transition event='go' target='judge'><script>if (typeof marker !== 'undefined') { first = false; } marker = 1; " + deed + "</script></transition></state>"
        + "<state id='judge'><transition cond='" + check + "' target='clean'/><transition target='dirty'/></state>"
        + "<final id='clean'/><final id='dirty'/>"));

    private static string RunOnce(CompiledDocument document)
    {
        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(document);
        interpreter.Send(session, new ScxmlEvent("go"));
        return string.Join(",", session.Configuration);
    }

    [Theory]
    [InlineData("leaked = 1;", "typeof leaked === \"number\" &amp;&amp; first")] // an implicit global stays in its session
    [InlineData("Array = 5;", "Array === 5 &amp;&amp; first")] // shadowing a built-in's global binding
    [InlineData("var Math = { max: 1 };", "Math.max === 1 &amp;&amp; first")]
    [InlineData("function parseInt() { return 42; }", "parseInt(\"7\") === 42 &amp;&amp; first")]
    [InlineData("function F() {} F.prototype.toString = function () { return \"F!\"; }; shown = String(new F());", "shown === \"F!\" &amp;&amp; first")]
    [InlineData("var o = {}; o.constructor = 3; o.valueOf = 4; kept = o.constructor + o.valueOf;", "kept === 7 &amp;&amp; first")]
    [InlineData("function g() { this.viaThis = 9; } g();", "viaThis === 9 &amp;&amp; first")] // `this` of a plain call is the session's global
    public void A_session_keeps_what_it_does_to_globals_and_built_ins_to_itself(string deed, string check)
    {
        var document = Probe(deed, check);
        Assert.Equal("clean", RunOnce(document));
        Assert.Equal("clean", RunOnce(document));

        // And a different document on the same realms sees none of it.
        var bystander = Probe("", "typeof leaked === \"undefined\" &amp;&amp; Array.isArray([]) &amp;&amp; Math.max(1, 2) === 2 &amp;&amp; parseInt(\"7\") === 7 &amp;&amp; typeof viaThis === \"undefined\" &amp;&amp; String({}) === \"[object Object]\"");
        Assert.Equal("clean", RunOnce(bystander));
    }

    [Fact]
    public void Changing_a_shared_built_in_through_an_alias_is_refused_with_a_clear_error()
    {
        var document = Documents.Compile(Documents.Scxml(
            "<state id='s'><onentry><script>var p = [].constructor.prototype; p.push = function () { return -1; };</script></onentry>"
            + "<transition event='error.execution' cond='_event.data.message.indexOf(\"built-in\") &gt;= 0' target='refused'/>"
            + "<transition event='*' target='accepted'/></state><final id='refused'/><final id='accepted'/>"));

        Assert.Equal("refused", string.Join(",", new ScxmlInterpreter().Start(document).Configuration));
        var bystander = Probe("var a = []; a.push(1); n = a.length;", "n === 1");
        Assert.Equal("clean", RunOnce(bystander));
    }

    [Fact]
    public void A_document_with_a_polyfill_gets_a_realm_of_its_own()
    {
        var polyfill = Documents.Compile(Documents.Scxml(
            "<script>String.prototype.shout = function () { return this.toUpperCase() + \"!\"; };</script>"
            + "<state id='s'><transition cond='\"hi\".shout() === \"HI!\"' target='works'/><transition target='broken'/></state>"
            + "<final id='works'/><final id='broken'/>"));

        Assert.True(BuiltInMutation.In(polyfill));
        Assert.Equal("works", string.Join(",", new ScxmlInterpreter().Start(polyfill).Configuration));
        Assert.Equal("clean", RunOnce(Probe("", "typeof \"\".shout === \"undefined\"")));
    }

    [Fact]
    public void Sessions_on_many_threads_keep_their_own_variables_and_system_variables()
    {
        var document = Documents.Compile(Documents.Scxml(
            "<datamodel><data id='mine'/><data id='total' expr='0'/></datamodel>"
            + "<state id='s'><onentry><assign location='mine' expr='_sessionid'/></onentry>"
            + "<transition event='add' cond='mine === _sessionid' target='s' type='internal'><assign location='total' expr='total + _event.data.n'/></transition>"
            + "<transition event='done' cond='mine === _sessionid &amp;&amp; total === 5050' target='ok'/>"
            + "<transition event='done' target='wrong'/></state><final id='ok'/><final id='wrong'/>"));

        var outcomes = new string[64];
        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var interpreter = new ScxmlInterpreter();
            var session = interpreter.Start(document, "session-" + i);
            for (var n = 1; n <= 100; n++)
            {
                interpreter.Send(session, new ScxmlEvent("add") { DataJson = "{\"n\":" + n + "}" });
            }

            interpreter.Send(session, new ScxmlEvent("done"));
            outcomes[i] = string.Join(",", session.Configuration);
        });

        Assert.All(outcomes, outcome => Assert.Equal("ok", outcome));
    }

    [Fact]
    public void Literals_and_variables_answered_without_Jint_behave_as_Jint_would()
    {
        // Each <log> is a literal or a variable (the data model's fast path); the error cases must still raise
        // error.execution, as evaluating them in Jint does.
        var document = Documents.Compile(Documents.Scxml(
            "<datamodel><data id='v' expr='7'/></datamodel>"
            + "<state id='s'><onentry>"
            + "<log label='literal' expr=\"'text'\"/><log label='number' expr='-1.5'/><log label='null' expr='null'/>"
            + "<log label='variable' expr='v'/><log label='system' expr='_name'/><log label='builtin' expr='undefined'/>"
            + "<assign location='v' expr='8'/><log label='assigned' expr='v'/>"
            + "<log label='undeclared' expr='nowhere'/></onentry>"
            + "<transition event='error.execution' target='refused'/></state>"
            + "<state id='refused'><onentry><assign location='_sessionid' expr='1'/></onentry>"
            + "<transition event='error.execution' target='done'/></state><final id='done'/>", "name='probe'"));

        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(document);

        Assert.Equal(["done"], session.Configuration);
        var log = string.Join("\n", interpreter.Log);
        foreach (var expected in new[] { "literal: text", "number: -1.5", "null: null", "variable: 7", "system: probe", "builtin: undefined", "assigned: 8" })
        {
            Assert.Contains(expected, log);
        }

        Assert.Contains("nowhere is not defined", log);
        Assert.Contains("cannot assign to the system variable _sessionid", log);
    }
}
