using OrsCompiler.Model;

namespace OrsCompiler.Core.Tests.Model;

public class EventNamesTests
{
    [Theory]
    [InlineData("*", "session.restarted", true)]
    [InlineData("session", "session.restarted", true)]
    [InlineData("session.*", "session.restarted", true)]
    [InlineData("session.restarted", "session.restarted", true)]
    [InlineData("session.restarted.*", "session.restarted", true)]
    [InlineData("session.restart", "session.restarted", false)]
    [InlineData("sessions", "session.restarted", false)]
    [InlineData("session.restarted.x", "session.restarted", false)]
    [InlineData("error", "error.execution", true)]
    [InlineData(".*", "queue.submit.done", true)]
    [InlineData("error.", "error.execution", true)]
    public void Matches_follows_scxml_prefix_semantics(string descriptor, string eventName, bool expected) =>
        Assert.Equal(expected, EventNames.AnyMatches([descriptor], eventName));

    [Theory]
    [InlineData("a.b", true)]
    [InlineData("a.*", true)]
    [InlineData("*", true)]
    [InlineData("a..b", false)]
    [InlineData("a*b", false)]
    [InlineData("", false)]
    public void Descriptor_syntax(string descriptor, bool valid) => Assert.Equal(valid, EventNames.IsValidDescriptor(descriptor));
}
