using System.Collections.Generic;

namespace OrsCompiler.Engine;

/// <summary>
/// Virtual time in milliseconds and the delayed deliveries due on it. Nothing sleeps: the host advances the clock, and
/// timers fire in due order (ties in the order they were set).
/// </summary>
internal sealed class VirtualClock
{
    private readonly SortedSet<Timer> _timers = new(TimerOrder.Instance);
    private long _sequence;

    public long Now { get; private set; }

    public int Pending => _timers.Count;

    public Timer Schedule(long delay, ScxmlSession sender, string sendId, ScxmlEvent scxmlEvent, string? target)
    {
        var timer = new Timer(Now + delay, _sequence++, sender, sendId, scxmlEvent, target);
        _timers.Add(timer);
        return timer;
    }

    /// <summary>Removes the sender's pending timers with this send id; true when one was removed.</summary>
    public bool Cancel(ScxmlSession sender, string sendId) => _timers.RemoveWhere(t => t.Sender == sender && t.SendId == sendId) > 0;

    /// <summary>A session ended: its delayed events die with it; those already due (sent, in flight) are still delivered.</summary>
    public void CancelDelayed(ScxmlSession sender) => _timers.RemoveWhere(t => t.Sender == sender && t.Due > Now);

    /// <summary>The next timer due at or before <paramref name="until"/>, removed and with the clock moved to it; or null.</summary>
    public Timer? TakeDue(long until)
    {
        if (_timers.Count == 0 || _timers.Min!.Due > until)
        {
            return null;
        }

        var timer = _timers.Min!;
        _timers.Remove(timer);
        if (timer.Due > Now)
        {
            Now = timer.Due;
        }

        return timer;
    }

    public void MoveTo(long time)
    {
        if (time > Now)
        {
            Now = time;
        }
    }

    internal sealed record Timer(long Due, long Sequence, ScxmlSession Sender, string SendId, ScxmlEvent Event, string? Target);

    private sealed class TimerOrder : IComparer<Timer>
    {
        public static readonly TimerOrder Instance = new();

        public int Compare(Timer? x, Timer? y) => x!.Due != y!.Due ? x.Due.CompareTo(y.Due) : x.Sequence.CompareTo(y.Sequence);
    }
}
