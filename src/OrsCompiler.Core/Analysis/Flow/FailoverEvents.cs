using OrsCompiler.Model;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Analysis.Flow;

/// <summary>The events ORS sends only after a failover or switchover.</summary>
internal static class FailoverEvents
{
    /// <summary>Sent to a persisted session restored on the new primary when <c>_sendSessionRecovered="true"</c>.</summary>
    public const string Recovered = "session.recovered";

    /// <summary>Sent to a non-persisted session restarted from the beginning (restart-session-on-switchover).</summary>
    public const string Restarted = "session.restarted";

    /// <summary>
    /// True for a descriptor that matches nothing but a failover event (<c>session.restarted</c>,
    /// <c>session.recovered.x</c>); false for wildcards and prefixes such as <c>*</c>, <c>session</c>, <c>session.*</c>.
    /// </summary>
    public static bool IsFailoverOnly(string descriptor) => IsOnly(descriptor, Recovered) || IsOnly(descriptor, Restarted);

    /// <summary>True when the descriptor names <paramref name="eventName"/> itself (or a more specific event below it).</summary>
    public static bool IsOnly(string descriptor, string eventName)
    {
        var normalized = EventDescriptor.Normalize(descriptor);
        return normalized != "*" && EventDescriptor.Matches(eventName, normalized);
    }
}
