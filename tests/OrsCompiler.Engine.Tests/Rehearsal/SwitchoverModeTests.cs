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
}
