using System.Linq;
using OrsCompiler.Engine.Tests.Support;

namespace OrsCompiler.Engine.Tests.Engine;

/// <summary>ORS actions are recorded, not performed: element, evaluated attributes, the request id assigned.</summary>
public class SideEffectTraceTests
{
    [Fact]
    public void A_queue_submit_is_recorded_with_its_evaluated_attributes_and_request_id_and_answered_by_an_event()
    {
        var document = Documents.Compile(Documents.Ors(
            "<datamodel><data id='req' expr=\"''\"/><data id='vq' expr=\"'VQ_'\"/></datamodel>"
            + "<state id='routing'><onentry><queue:submit requestid='req' queue=\"vq + 'Sales'\" priority='2 + 3' timeout='60'/></onentry>"
            + "<transition event='queue.submit.done' cond='_event.data.requestid == req' target='done'/></state><final id='done'/>"));
        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(document);

        var sideEffect = Assert.Single(interpreter.SideEffects);
        Assert.Equal("queue:submit", sideEffect.Element);
        Assert.Equal("req1", sideEffect.RequestId);
        Assert.Equal(["queue=\"VQ_Sales\"", "priority=5", "timeout=60"], sideEffect.Attributes.Select(a => a.Key + "=" + a.Value));
        Assert.Equal("\"req1\"", session.GetVariableJson("req"));

        interpreter.Send(session, new ScxmlEvent("queue.submit.done") { DataJson = "{\"requestid\":\"req1\"}" });
        Assert.Equal(["done"], session.Configuration);
    }

    [Fact]
    public void Genesys_user_data_calls_are_recorded()
    {
        var document = Documents.Compile(Documents.Ors("<state id='s'><onentry><script>_genesys.ixn.setuData({ Segment: 'Gold' });</script></onentry></state>"));
        var interpreter = new ScxmlInterpreter();

        interpreter.Start(document);

        var sideEffect = Assert.Single(interpreter.SideEffects);
        Assert.Equal("_genesys.ixn.setuData", sideEffect.Element);
        Assert.Equal("[{\"Segment\":\"Gold\"}]", sideEffect.Attributes.Single().Value);
    }

    [Fact]
    public void Delayed_sends_wait_for_the_virtual_clock_and_cancel_removes_them()
    {
        var document = Documents.Compile(Documents.Scxml(
            "<state id='a'><onentry><send event='late' delay='10s'/><send id='never' event='cancelled' delay='5s'/><cancel sendid='never'/></onentry>"
            + "<transition event='cancelled' target='wrong'/><transition event='late' target='b'/></state><state id='b'/><state id='wrong'/>"));
        var interpreter = new ScxmlInterpreter();
        var session = interpreter.Start(document);

        interpreter.Advance(9_999);
        Assert.Equal(["a"], session.Configuration);
        interpreter.Advance(1);
        Assert.Equal(["b"], session.Configuration);
        Assert.Equal(10_000, interpreter.Now);
    }
}
