using System.Collections.Generic;

namespace OrsCompiler.Model;

/// <summary>
/// The states a session can ever enter: from the initial configuration through every transition target, ignoring
/// conditions and events (a state is reachable when some run may enter it).
/// </summary>
public sealed class Reachability
{
    private readonly StateSet? _reachable;

    private Reachability(StateSet? reachable)
    {
        _reachable = reachable;
    }

    /// <summary>
    /// False when a target does not resolve: then nothing is known and every state counts as reachable
    /// (the unresolved target is reported by the validator).
    /// </summary>
    public bool IsKnown => _reachable != null;

    public static Reachability Compute(StateChart chart)
    {
        foreach (var transition in chart.Transitions)
        {
            if (transition.UnresolvedTargetIds.Count > 0)
            {
                return new Reachability(null);
            }
        }

        // One set and two stacks for the whole walk: entering a target is the inner loop of every document's lint.
        var reachable = new StateSet(chart.States.Count);
        var pending = new Stack<StateNode>();
        var entered = new StateSet(chart.States.Count);
        var scratch = new Stack<StateNode>();
        Add(chart.Root, null);
        while (pending.Count > 0)
        {
            foreach (var transition in pending.Pop().Transitions)
            {
                foreach (var target in transition.Targets)
                {
                    // Even a reachable target: a state reached as someone's ancestor may have unreached default descendants.
                    Add(target, transition.Source);
                }
            }
        }

        return new Reachability(reachable);

        void Add(StateNode target, StateNode? source)
        {
            entered.Clear();
            StateEntry.EnterInto(target, source, entered, scratch);
            foreach (var state in entered.Members)
            {
                if (reachable.Add(state))
                {
                    pending.Push(state);
                }
            }
        }
    }

    public bool IsReachable(StateNode state) => _reachable == null || _reachable.Contains(state);
}
