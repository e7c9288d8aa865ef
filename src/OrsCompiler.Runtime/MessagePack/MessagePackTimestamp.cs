namespace OrsCompiler.Runtime.MessagePack;

/// <summary>The timestamp extension (type -1): seconds since the Unix epoch plus nanoseconds.</summary>
internal readonly struct MessagePackTimestamp
{
    public MessagePackTimestamp(long seconds, uint nanoseconds)
    {
        Seconds = seconds;
        Nanoseconds = nanoseconds;
    }

    public long Seconds { get; }

    /// <summary>0 to 999 999 999.</summary>
    public uint Nanoseconds { get; }
}
