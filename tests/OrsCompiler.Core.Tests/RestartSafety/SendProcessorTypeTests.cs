using Xunit;

namespace OrsCompiler.Core.Tests.RestartSafety;

/// <summary>
/// A &lt;send&gt; to the SCXML processor is the session's own event, not an external side effect, however the type
/// URI's host is spelled (host names compare without case, RFC 3986 6.2.2.1); any other processor is external.
/// </summary>
public class SendProcessorTypeTests
{
    private static string[] SideEffectsBeforeFirstWait(string type) =>
        Lint.Findings(
            Lint.Ors(string.Empty, $"<state id=\"s\"><onentry><send event=\"'e'\" type=\"'{type}'\"/></onentry><transition event=\"e\" target=\"f\"/></state><final id=\"f\"/>"),
            null,
            "ORS4006");

    [Theory]
    [InlineData("http://www.w3.org/TR/scxml/#SCXMLEventProcessor")]
    [InlineData("http://WWW.W3.org/TR/scxml/#SCXMLEventProcessor")]
    [InlineData("HTTP://Www.w3.org/TR/scxml/#SCXMLEventProcessor")]
    public void The_scxml_processor_is_not_a_side_effect_in_any_host_case(string type) =>
        Assert.Empty(SideEffectsBeforeFirstWait(type));

    [Theory]
    [InlineData("http://www.w3.org/TR/scxml/#BasicHTTPEventProcessor")]
    [InlineData("http://www.w3.org/TR/SCXML/#SCXMLEventProcessor")]
    public void Another_processor_is_a_side_effect(string type) =>
        Assert.Single(SideEffectsBeforeFirstWait(type));
}
