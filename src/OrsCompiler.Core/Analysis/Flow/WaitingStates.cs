using System.Collections.Generic;
using OrsCompiler.Model;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// The states in which a session can wait for an external event: reachable, atomic, not final, and stable after
/// eventless transitions (neither the state nor an ancestor has an eventless transition that is always enabled).
/// </summary>
internal sealed class WaitingStates
{
    private WaitingStates(IReadOnlyList<StateNode> states)
    {
        States = states;
    }

    /// <summary>In document order.</summary>
    public IReadOnlyList<StateNode> States { get; }

    public static WaitingStates Compute(StateChart chart, Reachability reachability)
    {
        var states = new List<StateNode>();
        foreach (var state in chart.AtomicStates())
        {
            if (reachability.IsReachable(state) && !IsTransient(state))
            {
                states.Add(state);
            }
        }

        return new WaitingStates(states);
    }

    /// <summary>SCXML checks the state's eventless transitions, then its ancestors': one that is always enabled moves on.</summary>
    public static bool IsTransient(StateNode state)
    {
        for (var s = state; s != null; s = s.Parent)
        {
            foreach (var transition in s.Transitions)
            {
                if (TransitionFacts.IsUnconditionalEventless(transition))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
