using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// Everything a session may do from a starting point until it next waits for an external event: the states it
/// enters, the transitions it takes (eventless ones, and those triggered by events it raises internally) and the
/// states that can be active when it waits. A may-analysis: conditions are assumed to go either way, and states once
/// active stay in the set.
/// </summary>
internal sealed class RunToWait
{
    private readonly HashSet<StateNode> _active = new();
    private readonly HashSet<StateNode> _entered = new();
    private readonly HashSet<TransitionNode> _taken = new();
    private readonly HashSet<string> _internalEvents = new();
    private readonly Queue<StateNode> _pending = new();
    private readonly Dialect _dialect;

    private RunToWait(Dialect dialect)
    {
        _dialect = dialect;
    }

    /// <summary>States whose onentry ran (and whose invokes started).</summary>
    public IReadOnlyCollection<StateNode> Entered => _entered;

    /// <summary>From the start of the session: the initial configuration and what follows without external events.</summary>
    public static RunToWait FromStart(StateChart chart) => From(chart.Dialect, StateEntry.Enter(chart.Root), alreadyActive: null);

    /// <summary>After <paramref name="entered"/> were entered while <paramref name="alreadyActive"/> stayed active.</summary>
    public static RunToWait From(Dialect dialect, IEnumerable<StateNode> entered, IEnumerable<StateNode>? alreadyActive)
    {
        var run = new RunToWait(dialect);
        if (alreadyActive != null)
        {
            foreach (var state in alreadyActive)
            {
                if (run._active.Add(state))
                {
                    run._pending.Enqueue(state);
                }
            }
        }

        run.Enter(entered.ToList());
        run.RunToFixpoint();
        return run;
    }

    /// <summary>The executable content that ran: onentry of entered states and the content of taken transitions.</summary>
    public IEnumerable<SyntaxElement> ExecutedContent()
    {
        foreach (var state in _entered)
        {
            foreach (var onEntry in state.OnEntry)
            {
                yield return onEntry;
            }
        }

        foreach (var transition in _taken)
        {
            if (transition.Element != null)
            {
                yield return transition.Element;
            }
        }
    }

    /// <summary>Some state that may be active when the session waits (ancestors included) has a transition for the event.</summary>
    public bool AnyActiveStateHandles(string eventName)
    {
        foreach (var state in _active)
        {
            if (TransitionFacts.StateHandles(state, eventName))
            {
                return true;
            }
        }

        return false;
    }

    private void Enter(IEnumerable<StateNode> states)
    {
        foreach (var state in states)
        {
            if (_active.Add(state))
            {
                _pending.Enqueue(state);
            }

            if (!_entered.Add(state))
            {
                continue;
            }

            foreach (var onEntry in state.OnEntry)
            {
                CollectInternalEvents(onEntry);
            }

            // A final child completes its compound parent: done.state.<parent> is raised internally.
            if (state.Kind == StateNodeKind.Final && state.Parent is { Kind: StateNodeKind.Compound, Id: { } parentId })
            {
                AddInternalEvent("done.state." + parentId);
            }
        }

        foreach (var state in states)
        {
            var initial = state.InitialTransition;
            if (initial != null && initial.Targets.Count > 0 && initial.Targets.All(_entered.Contains) && _taken.Add(initial))
            {
                CollectInternalEvents(initial);
            }
        }
    }

    // A worklist: a state's transitions are checked when it becomes active, and again (for every active state) when a
    // new internal event appears. Each transition is taken at most once, so the work stays linear in practice.
    private void RunToFixpoint()
    {
        while (_pending.Count > 0)
        {
            var state = _pending.Dequeue();
            foreach (var transition in state.Transitions)
            {
                if (IsEnabledBeforeWait(transition) && _taken.Add(transition))
                {
                    CollectInternalEvents(transition);
                    foreach (var target in transition.Targets)
                    {
                        Enter(StateEntry.Enter(target, transition.Source));
                    }
                }

                // Later eventless transitions of the state are never selected after an always-enabled one.
                if (TransitionFacts.IsUnconditionalEventless(transition))
                {
                    break;
                }
            }
        }
    }

    private bool IsEnabledBeforeWait(TransitionNode transition)
    {
        if (transition.Role != TransitionRole.Normal)
        {
            return false;
        }

        if (transition.IsEventless)
        {
            return true;
        }

        foreach (var name in _internalEvents)
        {
            if (EventNames.AnyMatches(transition.Events, name))
            {
                return true;
            }
        }

        return false;
    }

    private void AddInternalEvent(string name)
    {
        if (_internalEvents.Add(name))
        {
            foreach (var state in _active)
            {
                _pending.Enqueue(state);
            }
        }
    }

    private void CollectInternalEvents(TransitionNode transition)
    {
        if (transition.Element != null)
        {
            CollectInternalEvents(transition.Element);
        }
    }

    private void CollectInternalEvents(SyntaxElement content)
    {
        foreach (var element in content.DescendantsAndSelf())
        {
            var name = DocumentEvents.InternalEventName(element, _dialect);
            if (name != null)
            {
                AddInternalEvent(name);
            }
        }
    }
}
