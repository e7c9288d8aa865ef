using System.Linq;
using OrsCompiler.Engine.Tests.Support;

namespace OrsCompiler.Engine.Tests.Rehearsal;

/// <summary>What each switchover mode does to a session, on small documents.</summary>
public class SwitchoverModeTests
{
    private const string Body =
        "<datamodel><data id='count' expr='0'/></datamodel>"
        + "<state id='a'><onentry><assign location='count' expr='count + 1'/></onentry><transition event='go' target='b'/></state>"
        + "<state id='b'><transition event='session.recovered' target='recovered'/><transition event='session.restarted' target='restarted'/></state>"
        + "<state id='recovered'/><state id='restarted'/>";

    private static readonly EventScript Go = EventScript.Parse("{\"events\":[{\"event\":{\"name\":\"go\"}}]}");

    [Fact]
    public void Recover_restores_configuration_and_data_without_entry_handlers_and_sends_session_recovered_only_when_asked()
    {
        foreach (var (attribute, expected) in new[] { ("_sendSessionRecovered='true'", "recovered"), ("", "b") })
        {
            var document = Documents.Compile(Documents.Ors(Body, "_persist='true' " + attribute));
            var steps = new Simulation(document).Run(Go, 1, SwitchoverMode.Recover).ToArray();

            Assert.Equal([expected], steps.Last().Configuration);
            Assert.Equal(SwitchoverMode.Recover, steps.Last().Switchover);
        }
    }

    [Fact]
    public void Restart_runs_the_document_from_the_top_then_session_restarted_then_the_calls_events()
    {
        var document = Documents.Compile(Documents.Ors(Body));
        var simulation = new Simulation(document) { TraceEvents = true };

        var steps = simulation.Run(Go, 1, SwitchoverMode.Restart).ToArray();

        // Fresh from the top (a), session.restarted is not handled in a, then the redelivered 'go' reaches b.
        Assert.Equal(["b"], steps.Last().Configuration);
        var events = simulation.Log.Where(l => l.Contains("external event", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, events.Length);
        Assert.Contains("session.restarted", events[1]);
        Assert.Contains("go", events[2]);
    }

    [Fact]
    public void A_switchover_before_the_first_event_restarts_the_session_with_nothing_to_redeliver()
    {
        var simulation = new Simulation(Documents.Compile(Documents.Ors(Body))) { TraceEvents = true };

        var steps = simulation.Run(Go, 0, SwitchoverMode.Restart).ToArray();

        Assert.Equal([null, null, "go"], steps.Select(s => s.Event));
        Assert.Equal(SwitchoverMode.Restart, steps[1].Switchover);
        Assert.Equal(["a"], steps[1].Configuration);
        Assert.Equal(["b"], steps.Last().Configuration);
        var events = simulation.Log.Where(l => l.Contains("external event", System.StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, events.Length);
        Assert.Contains("session.restarted", events[0]);
    }

    // Marks the call's user data on the first interaction.added; a session that finds the mark already set goes to 'seen'.
    private const string Marking =
        "<state id='wait'>"
        + "<transition event='interaction.added' cond=\"_genesys.ixn.interactions[_event.data.interactionid].udata.Mark == 'set'\" target='seen'/>"
        + "<transition event='interaction.added' target='marked'/></state>"
        + "<state id='marked'><onentry><script>_genesys.ixn.setuData({ Mark: 'set' });</script></onentry></state><state id='seen'/>";

    private static readonly EventScript Added = EventScript.Parse("{\"events\":[{\"event\":{\"name\":\"interaction.added\",\"data\":{\"interactionid\":\"ixn-1\"}}}]}");

    [Fact]
    public void The_calls_user_data_outlives_a_restart_and_the_restarted_session_reads_it_after_the_redelivered_interaction_added()
    {
        var document = Documents.Compile(Documents.Ors(Marking));

        Assert.Equal(["marked"], new Simulation(document).Run(Added).Last().Configuration);
        var restarted = new Simulation(document).Run(Added, 1, SwitchoverMode.Restart).Last();
        Assert.Equal(SwitchoverMode.Restart, restarted.Switchover);
        Assert.Equal(["seen"], restarted.Configuration);
        Assert.Empty(restarted.SideEffects);
    }

    [Fact]
    public void Interactions_are_known_only_once_interaction_added_named_them()
    {
        var document = Documents.Compile(Documents.Ors(
            "<datamodel><data id='before' expr='typeof _genesys.ixn.interactions[\"ixn-1\"]'/><data id='after' expr=\"''\"/></datamodel>"
            + "<state id='wait'><transition event='interaction.added' target='known'><assign location='after' expr='_genesys.ixn.interactions[\"ixn-1\"].g_uid'/></transition></state><state id='known'/>"));
        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(document);

        interpreter.Send(session, new ScxmlEvent("interaction.added") { DataJson = "{\"interactionid\":\"ixn-1\"}" });

        Assert.Equal("\"undefined\"", session.GetVariableJson("before"));
        Assert.Equal("\"ixn-1\"", session.GetVariableJson("after"));
        Assert.Equal(["ixn-1"], interpreter.Call.Interactions);
    }

    [Fact]
    public void The_first_interaction_is_also_interactions_0_as_Genesys_documents_for_routing_strategies()
    {
        var document = Documents.Compile(Documents.Ors(
            "<datamodel><data id='first' expr=\"''\"/><data id='second' expr=\"''\"/></datamodel>"
            + "<state id='wait'><transition event='interaction.added' cond='first == \"\"' target='wait'><assign location='first' expr='_genesys.ixn.interactions[0].g_uid'/></transition>"
            + "<transition event='interaction.added' target='known'><assign location='second' expr='_genesys.ixn.interactions[0].g_uid'/></transition></state><state id='known'/>"));
        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(document);

        interpreter.Send(session, new ScxmlEvent("interaction.added") { DataJson = "{\"interactionid\":\"ixn-1\"}" });
        interpreter.Send(session, new ScxmlEvent("interaction.added") { DataJson = "{\"interactionid\":\"ixn-2\"}" });

        Assert.Equal("\"ixn-1\"", session.GetVariableJson("first"));
        Assert.Equal("\"ixn-1\"", session.GetVariableJson("second"));
    }

    [Fact]
    public void A_restarted_session_gets_new_request_ids_so_a_redelivered_result_does_not_answer_its_new_request()
    {
        var document = Documents.Compile(Documents.Ors(
            "<datamodel><data id='req' expr=\"''\"/></datamodel>"
            + "<state id='a'><onentry><queue:submit requestid='req' queue=\"'VQ'\"/></onentry>"
            + "<transition event='queue.submit.done' cond='_event.data.requestid == req' target='b'/></state><state id='b'/>"));
        var done = EventScript.Parse("{\"events\":[{\"event\":{\"name\":\"queue.submit.done\",\"data\":{\"requestid\":\"req1\"}}}]}");

        var steps = new Simulation(document).Run(done, 1, SwitchoverMode.Restart).ToArray();

        var again = Assert.Single(steps.Last().SideEffects);
        Assert.Equal("req2", again.RequestId);
        Assert.True(again.Repeated);
        Assert.Equal(["a"], steps.Last().Configuration);
    }
}
