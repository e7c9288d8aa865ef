using System;
using System.Collections.Generic;
using System.Globalization;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// Runs SCXML sessions over compiled documents: the top-level session, the sessions it invokes, the SCXML event I/O
/// processor between them and a virtual clock for delayed sends. Single-threaded and deterministic: the same document
/// and events give the same configurations, ids and trace on every run.
/// </summary>
public sealed class ScxmlInterpreter
{
    public const string ScxmlProcessorType = "http://www.w3.org/TR/scxml/#SCXMLEventProcessor";

    private readonly Dictionary<string, ScxmlSession> _sessions = new(StringComparer.Ordinal);
    private readonly List<ScxmlSession> _order = [];
    private readonly List<SideEffect> _sideEffects = [];
    private readonly List<string> _log = [];
    private int _nextSession;
    private int _nextId;

    /// <param name="limits">Bounds of a run, or the defaults.</param>
    /// <param name="sources">The host's documents and texts, or none.</param>
    /// <param name="call">The call the sessions serve (user data, request ids), or a new one; a switchover rehearsal passes the call on.</param>
    public ScxmlInterpreter(EngineLimits? limits = null, DocumentSources? sources = null, CallState? call = null)
    {
        Limits = limits ?? EngineLimits.Default;
        Sources = sources ?? DocumentSources.None;
        Call = call ?? new CallState();
    }

    public EngineLimits Limits { get; }

    public DocumentSources Sources { get; }

    /// <summary>What belongs to the call and outlives a switchover: its user data, its interactions, its request ids.</summary>
    public CallState Call { get; }

    /// <summary>Virtual time in milliseconds since the first session started.</summary>
    public long Now => Clock.Now;

    /// <summary>Extension actions performed, in order.</summary>
    public IReadOnlyList<SideEffect> SideEffects => _sideEffects;

    /// <summary><c>&lt;log&gt;</c> output and error events, in order.</summary>
    public IReadOnlyList<string> Log => _log;

    /// <summary>The error that stopped the run (a limit exceeded), or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>Also log every event a session processes (for <c>orsc simulate --log</c>).</summary>
    public bool TraceEvents { get; set; }

    /// <summary>Called for each log line as it is written.</summary>
    public Action<string>? LogWriter { get; set; }

    internal VirtualClock Clock { get; } = new();

    /// <summary>Starts a session and runs it (and whatever it invokes) until every queue is empty.</summary>
    /// <param name="document">A validated document (as <see cref="OrsDocumentLoader"/> returns).</param>
    /// <param name="sessionId">The session id, or null for a generated one.</param>
    public ScxmlSession Start(CompiledDocument document, string? sessionId = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        DocumentIndex.EnsureValid(document);
        var session = CreateSession(document, sessionId, null, null, null);
        Guard(session, session.Start);
        RunUntilIdle();
        return session;
    }

    /// <summary>Resumes a persisted session: its full configuration and data model, no entry handler run again.</summary>
    public ScxmlSession Restore(CompiledDocument document, IReadOnlyCollection<string> fullConfiguration, IReadOnlyDictionary<string, string?> data, string? sessionId = null)
    {
        if (document is null)
        {
            throw new ArgumentNullException(nameof(document));
        }

        DocumentIndex.EnsureValid(document);
        var session = CreateSession(document, sessionId, null, null, null);
        Guard(session, () => session.Restore(fullConfiguration, data));
        return session;
    }

    /// <summary>Puts an event on the session's external queue and runs until every queue is empty.</summary>
    public void Send(ScxmlSession session, ScxmlEvent scxmlEvent)
    {
        if (session is null)
        {
            throw new ArgumentNullException(nameof(session));
        }

        if (Failure is null)
        {
            Guard(session, () => session.Enqueue(scxmlEvent));
            RunUntilIdle();
        }
    }

    /// <summary>Moves the clock forward, delivering every delayed event that falls due, each followed by a run until idle.</summary>
    public void Advance(long milliseconds)
    {
        var until = Clock.Now + Math.Max(0, milliseconds);
        var delivered = 0;
        while (Failure is null && Clock.TakeDue(until) is { } timer)
        {
            if (++delivered > Limits.MaxEventsPerRun)
            {
                Fail(timer.Sender, "More than " + Limits.MaxEventsPerRun + " delayed events delivered in one advance of the clock (an event flood); the last was '" + timer.Event.Name + "'.");
                return;
            }

            Guard(timer.Sender, () =>
            {
                Deliver(timer.Sender, timer.Target, timer.Event);
                timer.Sender.ProcessInternal();
            });
            RunUntilIdle();
        }

        Clock.MoveTo(until);
    }

    /// <summary>The time of the next delayed event, or null when none is pending.</summary>
    public int PendingTimers => Clock.Pending;

    internal string NextId(string prefix) => prefix + (++_nextId).ToString(CultureInfo.InvariantCulture);

    internal string NextRequestId() => Call.NextRequestId();

    internal void Record(SideEffect sideEffect) => _sideEffects.Add(sideEffect);

    internal void WriteLog(string line)
    {
        _log.Add(line);
        LogWriter?.Invoke(line);
    }

    internal ScxmlSession? FindSession(string id) => _sessions.TryGetValue(id, out var session) ? session : null;

    internal ScxmlSession CreateSession(CompiledDocument document, string? sessionId, ScxmlSession? parent, string? invokeId, IReadOnlyDictionary<string, string?>? parameters)
    {
        if (_sessions.Count >= Limits.MaxSessions)
        {
            throw new EngineLimitException("More than " + Limits.MaxSessions + " sessions alive at once (a recursive <invoke>?).");
        }

        var id = sessionId ?? "session" + (++_nextSession).ToString(CultureInfo.InvariantCulture);
        var session = new ScxmlSession(this, document, id, parent, invokeId, parameters);
        _sessions[id] = session;
        _order.Add(session);
        return session;
    }

    internal void Remove(ScxmlSession session)
    {
        _sessions.Remove(session.Id);
        Clock.CancelDelayed(session);
    }

    /// <summary>True when the target names a running session (now; it may end before a delayed event is due).</summary>
    internal bool CanReach(ScxmlSession sender, string target)
    {
        var receiver = target == "#_parent" ? sender.Parent
            : target.StartsWith("#_scxml_", StringComparison.Ordinal) ? FindSession(target.Substring("#_scxml_".Length))
            : target.StartsWith("#_", StringComparison.Ordinal) ? sender.FindChild(target.Substring(2))
            : null;
        return receiver is not null && receiver.IsRunning;
    }

    /// <summary>Routes an event by SCXML target; false when the target names nothing reachable.</summary>
    internal bool Deliver(ScxmlSession sender, string? target, ScxmlEvent scxmlEvent)
    {
        if (string.IsNullOrEmpty(target))
        {
            if (sender.IsRunning)
            {
                sender.Enqueue(scxmlEvent);
            }

            return true;
        }

        ScxmlSession? receiver;
        var sentEvent = scxmlEvent;
        if (target == "#_parent")
        {
            receiver = sender.Parent;
            sentEvent = scxmlEvent with { InvokeId = sender.InvokeId };
        }
        else if (target!.StartsWith("#_scxml_", StringComparison.Ordinal))
        {
            receiver = FindSession(target.Substring("#_scxml_".Length));
            if (receiver is not null && receiver == sender.Parent)
            {
                sentEvent = scxmlEvent with { InvokeId = sender.InvokeId };
            }
        }
        else if (target.StartsWith("#_", StringComparison.Ordinal))
        {
            receiver = sender.FindChild(target.Substring(2));
        }
        else
        {
            receiver = null;
        }

        if (receiver is null || !receiver.IsRunning)
        {
            if (sender.IsRunning)
            {
                sender.RaiseError("error.communication", "the target '" + target + "' is unreachable", scxmlEvent.SendId);
            }

            return false;
        }

        receiver.Enqueue(sentEvent);
        return true;
    }

    private void RunUntilIdle()
    {
        var processed = 0;
        var progress = true;
        while (Failure is null && progress)
        {
            progress = false;
            for (var i = 0; i < _order.Count && Failure is null; i++)
            {
                var session = _order[i];
                if (!session.IsRunning)
                {
                    continue;
                }

                if (session.TakeExternal() is { } scxmlEvent)
                {
                    progress = true;
                    if (++processed > Limits.MaxEventsPerRun)
                    {
                        Fail(session, "More than " + Limits.MaxEventsPerRun + " events processed without the sessions becoming idle (an event flood); session '" + session.Id + "' is in " + string.Join(", ", session.Configuration) + ".");
                        return;
                    }

                    Guard(session, () => session.ProcessExternal(scxmlEvent));
                }
            }

            _order.RemoveAll(s => !s.IsRunning && !s.HasExternal);
        }
    }

    private void Guard(ScxmlSession session, Action action)
    {
        try
        {
            action();
        }
        catch (EngineLimitException exception)
        {
            Fail(session, exception.Message);
        }
    }

    private void Fail(ScxmlSession session, string message)
    {
        Failure = "Session '" + session.Id + "': " + message;
        WriteLog("FAILURE " + Failure);
        foreach (var each in _order)
        {
            each.Halt();
        }
    }
}
