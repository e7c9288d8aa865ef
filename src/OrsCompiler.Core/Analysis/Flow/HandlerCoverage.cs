using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Model;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// Which waiting states take a transition when an event arrives. A waiting state is covered when it or an ancestor
/// has a transition whose descriptor matches the event (a cond guard counts), or when it lies in a parallel region
/// and a sibling region handles the event in every state it can be in.
/// </summary>
internal sealed class HandlerCoverage
{
    private HandlerCoverage(string eventName, IReadOnlyList<StateNode> uncovered, int waitingCount)
    {
        EventName = eventName;
        Uncovered = uncovered;
        HandledNowhere = uncovered.Count == waitingCount;
    }

    public string EventName { get; }

    /// <summary>Waiting states that ignore the event, in document order.</summary>
    public IReadOnlyList<StateNode> Uncovered { get; }

    /// <summary>No waiting state handles the event (then every waiting state is in <see cref="Uncovered"/>).</summary>
    public bool HandledNowhere { get; }

    public static HandlerCoverage Compute(WaitingStates waiting, Reachability reachability, string eventName)
    {
        var uncovered = waiting.States.Where(s => !IsCovered(s, reachability, eventName)).ToList();
        return new HandlerCoverage(eventName, uncovered, waiting.States.Count);
    }

    private static bool IsCovered(StateNode state, Reachability reachability, string eventName)
    {
        if (TransitionFacts.HandledBySelfOrAncestor(state, eventName))
        {
            return true;
        }

        var inside = state;
        foreach (var ancestor in state.Ancestors())
        {
            if (ancestor.Kind == StateNodeKind.Parallel
                && ancestor.Children.Any(region => region != inside && region.Kind != StateNodeKind.History && RegionHandles(region, reachability, eventName)))
            {
                return true;
            }

            inside = ancestor;
        }

        return false;
    }

    // Whatever atomic state the region is in (its final states included), something inside the region handles the event.
    private static bool RegionHandles(StateNode region, Reachability reachability, string eventName)
    {
        if (TransitionFacts.StateHandles(region, eventName))
        {
            return true;
        }

        if (region.Kind is StateNodeKind.Atomic or StateNodeKind.Final)
        {
            return false;
        }

        var pending = new Stack<StateNode>(region.Children);
        while (pending.Count > 0)
        {
            var state = pending.Pop();
            if (state.Kind is StateNodeKind.Atomic or StateNodeKind.Final)
            {
                if (reachability.IsReachable(state) && !HandledWithin(state, region, eventName))
                {
                    return false;
                }
            }
            else
            {
                foreach (var child in state.Children)
                {
                    pending.Push(child);
                }
            }
        }

        return true;
    }

    private static bool HandledWithin(StateNode state, StateNode region, string eventName)
    {
        for (var s = state; s != null && s != region; s = s.Parent)
        {
            if (TransitionFacts.StateHandles(s, eventName))
            {
                return true;
            }
        }

        return false;
    }
}
