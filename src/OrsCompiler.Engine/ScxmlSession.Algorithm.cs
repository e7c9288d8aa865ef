using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

// The W3C algorithm proper: start, macrosteps, microsteps, transition selection, exit and entry.
public sealed partial class ScxmlSession
{
    internal void Start()
    {
        IsRunning = true;
        var processors = "{\"" + ScxmlInterpreter.ScxmlProcessorType + "\":{\"location\":\"#_scxml_" + Id + "\"},\"scxml\":{\"location\":\"#_scxml_" + Id + "\"}}";
        _data.SetSystemVariables(Id, Document.Name, processors);
        InitializeDataModel();
        foreach (var script in Document.Script)
        {
            RunBlock([script]);
        }

        var initial = Document.InitialTransition;
        if (initial >= 0)
        {
            EnterStates([initial]);
        }

        RunMacrosteps();
    }

    /// <summary>
    /// Resumes a persisted session (an ORS recovery): the configuration and data model as they were, without running
    /// any entry handler again.
    /// </summary>
    internal void Restore(IReadOnlyCollection<string> activeStates, IReadOnlyDictionary<string, string?> data)
    {
        IsRunning = true;
        var processors = "{\"" + ScxmlInterpreter.ScxmlProcessorType + "\":{\"location\":\"#_scxml_" + Id + "\"},\"scxml\":{\"location\":\"#_scxml_" + Id + "\"}}";
        _data.SetSystemVariables(Id, Document.Name, processors);
        foreach (var declaration in Document.DataDeclarations)
        {
            if (declaration.Id.Length > 0)
            {
                _data.Declare(declaration.Id);
            }
        }

        foreach (var (name, json) in data)
        {
            _data.SetVariable(name, json is null ? Jint.Native.JsValue.Undefined : _data.ParseJson(json));
        }

        // ORS rebuilds _genesys from the live call, not from the store: the call's interactions are there again.
        foreach (var interaction in _interpreter.Call.Interactions)
        {
            _data.AddInteraction(interaction);
        }

        for (var s = 0; s < _states.Length; s++)
        {
            _dataInitialized[s] = true;
            _active[s] = s > 0 && activeStates.Contains(_states[s].Id);
        }
    }

    internal void ProcessExternal(ScxmlEvent scxmlEvent)
    {
        if (!IsRunning)
        {
            return;
        }

        if (scxmlEvent.InvokeId is { } invokeId && scxmlEvent.Type == EventType.External && !_invocations.ContainsKey(invokeId) && _cancelledInvocations.Contains(invokeId))
        {
            return;
        }

        if (_interpreter.TraceEvents)
        {
            _interpreter.WriteLog(Id + " external event " + scxmlEvent.Name + (scxmlEvent.InvokeId is null ? "" : " from " + scxmlEvent.InvokeId) + " at " + _interpreter.Now + "ms");
        }

        _data.SetEvent(scxmlEvent);
        foreach (var invocation in _invocations.Values.ToArray())
        {
            if (invocation.Id == scxmlEvent.InvokeId && invocation.Finalize is { } finalize)
            {
                RunBlock(finalize.Children);
            }

            if (invocation.AutoForward && invocation.Child.IsRunning)
            {
                invocation.Child.Enqueue(scxmlEvent);
            }
        }

        var enabled = SelectTransitions(scxmlEvent.Name);
        var count = 0;
        if (enabled.Count > 0)
        {
            Microstep(enabled, ref count);
        }

        RunMacrosteps(count);
    }

    /// <summary>Handles events put on the internal queue from outside a macrostep (a delivery error).</summary>
    internal void ProcessInternal()
    {
        if (IsRunning && _internal.Count > 0)
        {
            RunMacrosteps();
        }
    }

    private void RunMacrosteps(int microsteps = 0)
    {
        while (IsRunning)
        {
            var macrostepDone = false;
            while (IsRunning && !macrostepDone)
            {
                var enabled = SelectTransitions(null);
                if (enabled.Count == 0)
                {
                    if (_internal.Count == 0)
                    {
                        macrostepDone = true;
                    }
                    else
                    {
                        var internalEvent = _internal.Dequeue();
                        if (_interpreter.TraceEvents)
                        {
                            _interpreter.WriteLog(Id + " internal event " + internalEvent.Name);
                        }

                        _data.SetEvent(internalEvent);
                        enabled = SelectTransitions(internalEvent.Name);
                    }
                }

                if (enabled.Count > 0)
                {
                    Microstep(enabled, ref microsteps);
                }
            }

            if (!IsRunning)
            {
                break;
            }

            for (var i = 0; i < _toInvoke.Length; i++)
            {
                if (_toInvoke[i])
                {
                    _toInvoke[i] = false;
                    foreach (var invoke in _states[i].Invokes)
                    {
                        if (IsRunning && _active[i])
                        {
                            StartInvoke(i, invoke);
                        }
                    }
                }
            }

            if (_internal.Count == 0)
            {
                break;
            }
        }

        if (IsFinished && _finalConfiguration is null)
        {
            ExitInterpreter();
        }
    }

    private void Microstep(List<int> enabled, ref int count)
    {
        if (++count > _interpreter.Limits.MaxMicrostepsPerMacrostep)
        {
            throw new EngineLimitException(
                "More than " + _interpreter.Limits.MaxMicrostepsPerMacrostep + " microsteps in one macrostep (an eventless or raise loop); the states involved: "
                + string.Join(", ", StatesInvolved()) + ".");
        }

        _recentTransitions ??= [];
        if (_recentTransitions.Count > 64)
        {
            _recentTransitions.RemoveRange(0, 32);
        }

        _recentTransitions.AddRange(enabled);
        ExitStates(enabled);
        foreach (var t in enabled)
        {
            RunBlock(_transitions[t].Actions);
        }

        EnterStates(enabled);
    }

    private IEnumerable<string> StatesInvolved() =>
        (_recentTransitions ?? []).SelectMany(t => new[] { _transitions[t].Source }.Concat(_transitions[t].Targets)).Distinct().OrderBy(s => s).Select(s => _states[s].Id);

    /// <summary>Transitions enabled by an event (or, for null, eventless ones), conflicts removed, in document order.</summary>
    private List<int> SelectTransitions(string? eventName)
    {
        var enabled = new List<int>();
        for (var atomic = 0; atomic < _states.Length; atomic++)
        {
            if (!_active[atomic] || !_states[atomic].IsAtomic)
            {
                continue;
            }

            for (var state = atomic; state > 0; state = _states[state].Parent)
            {
                var selected = FirstEnabled(state, eventName);
                if (selected >= 0)
                {
                    if (!enabled.Contains(selected))
                    {
                        enabled.Add(selected);
                    }

                    break;
                }
            }
        }

        return enabled.Count > 1 ? RemoveConflictingTransitions(enabled) : enabled;
    }

    private int FirstEnabled(int state, string? eventName)
    {
        foreach (var t in _states[state].Transitions)
        {
            var transition = _transitions[t];
            var matches = eventName is null ? transition.IsEventless : !transition.IsEventless && transition.MatchesEvent(eventName);
            if (matches && ConditionHolds(transition))
            {
                return t;
            }
        }

        return -1;
    }

    private bool ConditionHolds(CompiledTransition transition)
    {
        if (transition.Condition is null)
        {
            return true;
        }

        try
        {
            return _data.EvaluateCondition(transition.Condition);
        }
        catch (ScriptErrorException exception)
        {
            RaiseError("error.execution", exception.Message, null, "transition", transition.Position);
            return false;
        }
    }

    private List<int> RemoveConflictingTransitions(List<int> enabled)
    {
        var filtered = new List<int>();
        var exitSets = new Dictionary<int, HashSet<int>>();
        foreach (var t1 in enabled)
        {
            var preempted = false;
            var toRemove = new List<int>();
            var exit1 = ExitSetOf(t1, exitSets);
            foreach (var t2 in filtered)
            {
                if (exit1.Overlaps(ExitSetOf(t2, exitSets)))
                {
                    if (Document.IsDescendant(_transitions[t1].Source, _transitions[t2].Source))
                    {
                        toRemove.Add(t2);
                    }
                    else
                    {
                        preempted = true;
                        break;
                    }
                }
            }

            if (!preempted)
            {
                filtered.RemoveAll(toRemove.Contains);
                filtered.Add(t1);
            }
        }

        return filtered;
    }

    private HashSet<int> ExitSetOf(int t, Dictionary<int, HashSet<int>> cache)
    {
        if (!cache.TryGetValue(t, out var set))
        {
            set = [];
            if (_transitions[t].Targets.Count > 0)
            {
                foreach (var s in _transitions[t].ExitSet)
                {
                    if (_active[s])
                    {
                        set.Add(s);
                    }
                }
            }

            cache[t] = set;
        }

        return set;
    }

    private void ExitStates(List<int> enabled)
    {
        var toExit = new SortedSet<int>();
        foreach (var t in enabled)
        {
            if (_transitions[t].Targets.Count == 0)
            {
                continue;
            }

            foreach (var s in _transitions[t].ExitSet)
            {
                if (_active[s])
                {
                    toExit.Add(s);
                }
            }
        }

        foreach (var s in toExit)
        {
            _toInvoke[s] = false;
        }

        var exitOrder = toExit.Reverse().ToArray();
        foreach (var s in exitOrder)
        {
            foreach (var child in _states[s].Children)
            {
                var h = _states[child];
                if (!h.IsHistory)
                {
                    continue;
                }

                var stored = new List<int>();
                for (var d = s + 1; d < _states.Length && Document.IsDescendant(d, s); d++)
                {
                    if (_active[d] && (h.Kind == StateKind.HistoryDeep ? _states[d].IsAtomic : _states[d].Parent == s))
                    {
                        stored.Add(d);
                    }
                }

                _history[child] = stored.ToArray();
            }
        }

        foreach (var s in exitOrder)
        {
            foreach (var block in _states[s].OnExit)
            {
                RunBlock(block);
            }

            CancelInvocations(s);
            _active[s] = false;
        }
    }

    private void EnterStates(IReadOnlyList<int> enabled)
    {
        var toEnter = new SortedSet<int>();
        var defaultEntry = new HashSet<int>();
        var defaultHistoryContent = new Dictionary<int, int>();
        foreach (var t in enabled)
        {
            var transition = _transitions[t];
            foreach (var s in transition.Targets)
            {
                AddDescendantStatesToEnter(s, toEnter, defaultEntry, defaultHistoryContent);
            }

            var domain = DomainOf(transition);
            foreach (var s in EffectiveTargetStates(transition))
            {
                AddAncestorStatesToEnter(s, domain, toEnter, defaultEntry, defaultHistoryContent);
            }
        }

        foreach (var s in toEnter)
        {
            var state = _states[s];
            _active[s] = true;
            _toInvoke[s] = true;
            if (Document.Binding == BindingMode.Late && !_dataInitialized[s])
            {
                InitializeData(s);
            }

            foreach (var block in state.OnEntry)
            {
                RunBlock(block);
            }

            if (defaultEntry.Contains(s) && state.InitialTransition >= 0)
            {
                RunBlock(_transitions[state.InitialTransition].Actions);
            }

            if (defaultHistoryContent.TryGetValue(s, out var historyTransition))
            {
                RunBlock(_transitions[historyTransition].Actions);
            }

            if (state.Kind == StateKind.Final)
            {
                if (state.Parent == 0)
                {
                    IsFinished = true;
                    IsRunning = false;
                    _finalState = s;
                }
                else
                {
                    var parent = state.Parent;
                    var grandparent = _states[parent].Parent;
                    _internal.Enqueue(new ScxmlEvent("done.state." + _states[parent].Id) { Type = EventType.Platform, DataJson = DoneData(state) });
                    if (grandparent > 0 && _states[grandparent].Kind == StateKind.Parallel && ChildStates(grandparent).All(IsInFinalState))
                    {
                        _internal.Enqueue(new ScxmlEvent("done.state." + _states[grandparent].Id) { Type = EventType.Platform });
                    }
                }
            }
        }
    }

    // The compiler gives the domain of every transition with targets; the initial transitions of the root have the root.
    private int DomainOf(CompiledTransition transition) => transition.Domain >= 0 ? transition.Domain : transition.Source;

    private List<int> EffectiveTargetStates(CompiledTransition transition)
    {
        var targets = new List<int>();
        foreach (var s in transition.Targets)
        {
            if (_states[s].IsHistory)
            {
                if (_history[s] is { } stored)
                {
                    targets.AddRange(stored);
                }
                else if (_states[s].InitialTransition >= 0)
                {
                    targets.AddRange(EffectiveTargetStates(_transitions[_states[s].InitialTransition]));
                }
            }
            else
            {
                targets.Add(s);
            }
        }

        return targets;
    }

    private void AddDescendantStatesToEnter(int s, SortedSet<int> toEnter, HashSet<int> defaultEntry, Dictionary<int, int> defaultHistoryContent)
    {
        var state = _states[s];
        if (state.IsHistory)
        {
            IReadOnlyList<int> targets;
            if (_history[s] is { } stored)
            {
                targets = stored;
            }
            else if (state.InitialTransition >= 0)
            {
                defaultHistoryContent[state.Parent] = state.InitialTransition;
                targets = _transitions[state.InitialTransition].Targets;
            }
            else
            {
                targets = [];
            }

            foreach (var t in targets)
            {
                AddDescendantStatesToEnter(t, toEnter, defaultEntry, defaultHistoryContent);
            }

            foreach (var t in targets)
            {
                AddAncestorStatesToEnter(t, state.Parent, toEnter, defaultEntry, defaultHistoryContent);
            }

            return;
        }

        toEnter.Add(s);
        if (state.Kind == StateKind.Compound)
        {
            defaultEntry.Add(s);
            if (state.InitialTransition >= 0)
            {
                var targets = _transitions[state.InitialTransition].Targets;
                foreach (var t in targets)
                {
                    AddDescendantStatesToEnter(t, toEnter, defaultEntry, defaultHistoryContent);
                }

                foreach (var t in targets)
                {
                    AddAncestorStatesToEnter(t, s, toEnter, defaultEntry, defaultHistoryContent);
                }
            }
        }
        else if (state.Kind == StateKind.Parallel)
        {
            foreach (var child in ChildStates(s))
            {
                if (!toEnter.Any(e => Document.IsDescendant(e, child)))
                {
                    AddDescendantStatesToEnter(child, toEnter, defaultEntry, defaultHistoryContent);
                }
            }
        }
    }

    private void AddAncestorStatesToEnter(int s, int ancestor, SortedSet<int> toEnter, HashSet<int> defaultEntry, Dictionary<int, int> defaultHistoryContent)
    {
        for (var a = _states[s].Parent; a > 0 && a != ancestor; a = _states[a].Parent)
        {
            toEnter.Add(a);
            if (_states[a].Kind == StateKind.Parallel)
            {
                foreach (var child in ChildStates(a))
                {
                    if (!toEnter.Any(e => Document.IsDescendant(e, child)))
                    {
                        AddDescendantStatesToEnter(child, toEnter, defaultEntry, defaultHistoryContent);
                    }
                }
            }
        }
    }

    private IEnumerable<int> ChildStates(int s) => _states[s].Children.Where(c => !_states[c].IsHistory);

    private bool IsInFinalState(int s)
    {
        var state = _states[s];
        return state.Kind switch
        {
            StateKind.Compound => ChildStates(s).Any(c => _states[c].Kind == StateKind.Final && _active[c]),
            StateKind.Parallel => ChildStates(s).All(IsInFinalState),
            _ => false,
        };
    }

    private void ExitInterpreter()
    {
        _finalConfiguration = AtomicConfiguration();
        for (var s = _states.Length - 1; s > 0; s--)
        {
            if (!_active[s])
            {
                continue;
            }

            foreach (var block in _states[s].OnExit)
            {
                RunBlock(block);
            }

            CancelInvocations(s);
            _active[s] = false;
        }

        if (Parent is not null && InvokeId is not null && _finalState >= 0)
        {
            var done = new ScxmlEvent("done.invoke." + InvokeId) { Type = EventType.External, InvokeId = InvokeId, DataJson = DoneData(_states[_finalState]) };
            // Through the clock like every event between sessions: delivered once the parent's current run is idle.
            _interpreter.Clock.Schedule(0, Parent, _interpreter.NextId("done"), done, null);
        }

        _internal.Clear();
        _interpreter.Remove(this);
    }

    private int _finalState = -1;
}
