using OrsCompiler.Engine.Tests.Support;

namespace OrsCompiler.Engine.Tests.Engine;

/// <summary>
/// Sessions share parsed programs (a session's cost) but never values: Jint 2.10 caches a literal's value in the
/// parsed program, and a regular expression literal is an object of one engine.
/// </summary>
public class SessionIsolationTests
{
    [Fact]
    public void Sessions_of_one_document_share_no_objects_a_regular_expression_literal_included()
    {
        var document = Documents.Compile(Documents.Scxml(
            "<datamodel><data id='pattern' expr='/ab+c/'/><data id='list' expr='[1, 2]'/></datamodel>"
            + "<state id='s'><transition event='go' cond='pattern.marked === undefined &amp;&amp; list.length == 2' target='fresh'>"
            + "<script>pattern.marked = true; list.push(3);</script></transition>"
            + "<transition event='go' target='shared'/></state><final id='fresh'/><final id='shared'/>"));

        foreach (var _ in new[] { 1, 2, 3 })
        {
            var interpreter = new ScxmlInterpreter();
            var session = interpreter.Start(document);
            interpreter.Send(session, new ScxmlEvent("go"));
            Assert.Equal(["fresh"], session.Configuration);
        }
    }
}
