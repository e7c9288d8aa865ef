using OrsCompiler.Engine.Tests.Support;

namespace OrsCompiler.Engine.Tests.Engine;

/// <summary>Runaway documents end with a clear error naming the bound (and the states involved), never a hang.</summary>
public class BoundsTests
{
    [Fact]
    public void An_eventless_loop_stops_at_the_microstep_bound_and_names_the_states()
    {
        var document = Documents.Compile(Documents.Scxml(
            "<state id='ping'><transition target='pong'/></state><state id='pong'><transition target='ping'/></state>"));
        var interpreter = new ScxmlInterpreter(EngineLimits.Default with { MaxMicrostepsPerMacrostep = 100 });

        interpreter.Start(document);

        Assert.NotNull(interpreter.Failure);
        Assert.Contains("More than 100 microsteps in one macrostep", interpreter.Failure);
        Assert.Contains("ping, pong", interpreter.Failure);
    }

    [Fact]
    public void A_raise_loop_stops_at_the_microstep_bound()
    {
        var document = Documents.Compile(Documents.Scxml(
            "<state id='s'><onentry><raise event='again'/></onentry><transition event='again' target='s'/></state>"));
        var interpreter = new ScxmlInterpreter(EngineLimits.Default with { MaxMicrostepsPerMacrostep = 50 });

        interpreter.Start(document);

        Assert.Contains("microsteps", interpreter.Failure);
        Assert.Contains("states involved: s", interpreter.Failure);
    }

    [Fact]
    public void A_doubling_event_flood_stops_at_a_bound()
    {
        // Every event sends two more: the external queue doubles each round.
        var document = Documents.Compile(Documents.Scxml(
            "<state id='s'><onentry><send event='e'/></onentry><transition event='e'><send event='e'/><send event='e'/></transition></state>"));
        var interpreter = new ScxmlInterpreter(EngineLimits.Default with { MaxEventsPerRun = 10_000 });
        var session = interpreter.Start(document);

        for (var i = 0; i < 20 && interpreter.Failure is null; i++)
        {
            interpreter.Advance(0);
        }

        Assert.NotNull(interpreter.Failure);
        Assert.Contains("event flood", interpreter.Failure);
        Assert.False(session.IsRunning);
    }

    [Fact]
    public void A_zero_delay_send_loop_stops_at_the_events_per_run_bound()
    {
        // Each event sends the next one with no delay: the clock never needs to move, so only the bound ends it.
        var document = Documents.Compile(Documents.Scxml(
            "<state id='s'><onentry><send event='e'/></onentry><transition event='e'><send event='e'/></transition></state>"));
        var interpreter = new ScxmlInterpreter(EngineLimits.Default with { MaxEventsPerRun = 500 });
        interpreter.Start(document);

        interpreter.Advance(0);

        Assert.NotNull(interpreter.Failure);
        Assert.Contains("More than 500 delayed events delivered in one advance", interpreter.Failure);
        Assert.Contains("event flood", interpreter.Failure);
    }

    [Fact]
    public void A_script_in_an_infinite_loop_stops_at_the_statement_bound()
    {
        var document = Documents.Compile(Documents.Scxml("<state id='s'><onentry><script>while (true) { }</script></onentry></state>"));
        var interpreter = new ScxmlInterpreter(EngineLimits.Default with { MaxScriptStatements = 10_000 });

        interpreter.Start(document);

        Assert.NotNull(interpreter.Failure);
        Assert.Contains("statement limit", interpreter.Failure);
    }

    [Fact]
    public void A_script_that_throws_raises_error_execution_and_the_session_goes_on()
    {
        var document = Documents.Compile(Documents.Scxml(
            "<state id='s'><onentry><script>throw new Error('boom');</script></onentry><transition event='error.execution' cond=\"_event.data.tagname == 'script'\" target='handled'/></state><final id='handled'/>"));
        var interpreter = new ScxmlInterpreter();

        var session = interpreter.Start(document);

        Assert.Null(interpreter.Failure);
        Assert.Equal(["handled"], session.Configuration);
        Assert.Contains(interpreter.Log, line => line.Contains("boom", System.StringComparison.Ordinal));
    }
}
