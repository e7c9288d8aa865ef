using System.Linq;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Runtime.Tests.Model;

public class EventDescriptorTests
{
    [Theory]
    [InlineData("error", "error", true)]
    [InlineData("error", "error.send.failed", true)]
    [InlineData("error.*", "error.send", true)]
    [InlineData("error.*", "error", true)]
    [InlineData("error", "errors", false)]
    [InlineData("error.send", "error", false)]
    [InlineData("error.send", "error.sendx", false)]
    [InlineData("error.send", "error.send.failed", true)]
    [InlineData("*", "anything.at.all", true)]
    [InlineData("done.state.p", "done.state.p1", false)]
    public void Matches_by_token_prefix(string descriptor, string eventName, bool expected)
    {
        Assert.Equal(expected, new EventDescriptor(descriptor).Matches(eventName));
    }

    [Fact]
    public void An_event_attribute_splits_on_whitespace_into_tokenized_descriptors()
    {
        var descriptors = EventDescriptor.ParseList("  queue.submit.done\terror.queue.*\n* ");

        Assert.Equal(["queue.submit.done", "error.queue.*", "*"], descriptors.Select(d => d.Text));
        Assert.Equal(["queue", "submit", "done"], descriptors[0].Tokens);
        Assert.Equal(["error", "queue"], descriptors[1].Tokens);
        Assert.True(descriptors[2].IsWildcard);
        Assert.Empty(descriptors[2].Tokens);
    }

    [Fact]
    public void A_transition_matches_when_any_descriptor_does()
    {
        var transition = new CompiledTransition { Events = EventDescriptor.ParseList("a.b c") };

        Assert.True(transition.MatchesEvent("c.d"));
        Assert.True(transition.MatchesEvent("a.b.c"));
        Assert.False(transition.MatchesEvent("a"));
        Assert.False(new CompiledTransition().MatchesEvent("a"));
        Assert.True(new CompiledTransition().IsEventless);
    }
}
