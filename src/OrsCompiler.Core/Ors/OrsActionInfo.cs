namespace OrsCompiler.Ors;

/// <summary>An ORS action element (e.g. queue:submit) and what the rules need to know about it.</summary>
public sealed class OrsActionInfo
{
    public OrsActionInfo(string localName, string eventPrefix, bool touchesOutsideWorld)
    {
        LocalName = localName;
        EventPrefix = eventPrefix;
        TouchesOutsideWorld = touchesOutsideWorld;
    }

    public string LocalName { get; }

    public string EventPrefix { get; }

    /// <summary>Whether running it twice is visible outside the session (routing, treatments, user data...).</summary>
    public bool TouchesOutsideWorld { get; }

    /// <summary>E.g. "queue.submit.done".</summary>
    public string DoneEvent => $"{EventPrefix}.{LocalName}.done";

    /// <summary>E.g. "error.queue.submit".</summary>
    public string ErrorEvent => $"error.{EventPrefix}.{LocalName}";
}
