using System;
using System.Collections.Generic;
using OrsCompiler.Syntax;

namespace OrsCompiler.Ors;

/// <summary>An ORS action element (e.g. queue:submit): executable content that reports its outcome with events.</summary>
public sealed class OrsActionInfo : OrsElementInfo
{
    public OrsActionInfo(
        string localName,
        string eventPrefix,
        OrsSideEffect sideEffect,
        IReadOnlyList<OrsAttributeInfo>? attributes,
        IReadOnlyList<OrsChildElement>? children,
        IReadOnlyList<string>? otherEvents = null)
        : base(localName, attributes, children)
    {
        EventPrefix = eventPrefix;
        SideEffect = sideEffect;
        OtherEvents = otherEvents ?? Array.Empty<string>();
    }

    /// <summary>The first token of the action's events ("interaction" for ixn:redirect).</summary>
    public string EventPrefix { get; }

    public OrsSideEffect SideEffect { get; }

    /// <summary>Whether running it twice may be visible outside the session (routing, treatments, user data...).</summary>
    public bool TouchesOutsideWorld => SideEffect != OrsSideEffect.None;

    /// <summary>E.g. "queue.submit.done".</summary>
    public string DoneEvent => $"{EventPrefix}.{LocalName}.done";

    /// <summary>E.g. "error.queue.submit".</summary>
    public string ErrorEvent => $"error.{EventPrefix}.{LocalName}";

    /// <summary>Events besides done and error, e.g. "queue.submit.requestid" (the request id becomes valid).</summary>
    public IReadOnlyList<string> OtherEvents { get; }

    /// <summary>Every event the action may raise: done, error, then the others.</summary>
    public IEnumerable<string> Events
    {
        get
        {
            yield return DoneEvent;
            yield return ErrorEvent;
            foreach (var name in OtherEvents)
            {
                yield return name;
            }
        }
    }

    /// <summary>
    /// Whether this occurrence touches the outside world: a session:fetch whose <c>method</c> is absent or a literal
    /// GET only reads; any other method, or one computed at run time, may write.
    /// </summary>
    public bool TouchesOutsideWorldAt(SyntaxElement element)
    {
        if (SideEffect != OrsSideEffect.UnlessHttpGet)
        {
            return TouchesOutsideWorld;
        }

        var method = element.GetAttributeValue("method");
        if (method == null)
        {
            return false;
        }

        var literal = method.Trim().Trim('\'', '"');
        return !string.Equals(literal, "get", StringComparison.OrdinalIgnoreCase);
    }
}
