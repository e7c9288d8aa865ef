using System.Collections.Generic;

namespace OrsCompiler.Model;

/// <summary>
/// Which states become active when a transition enters a state (SCXML 3.13, simplified for static analysis):
/// the state, its ancestors, its default descendants, and the default regions of any parallel ancestor.
/// </summary>
public static class StateEntry
{
    /// <summary>
    /// Every state active after a transition from <paramref name="source"/> (null: the start of the session) enters
    /// <paramref name="target"/>, including its ancestors and the root. A parallel ancestor the source is inside stays
    /// active, so its other regions are not entered again. History targets yield their default.
    /// </summary>
    public static HashSet<StateNode> Enter(StateNode target, StateNode? source = null)
    {
        var active = new StateSet();
        EnterInto(target, source, active, new Stack<StateNode>());
        return new HashSet<StateNode>(active.Members);
    }

    /// <summary>
    /// <see cref="Enter"/> into a set the caller owns (it is not cleared first), with a scratch stack the caller may
    /// reuse: for analyses that enter every transition target of a document.
    /// </summary>
    internal static void EnterInto(StateNode target, StateNode? source, StateSet active, Stack<StateNode> scratch)
    {
        AddWithDefaults(target, active, scratch);
        var inside = target;
        for (var ancestor = target.Parent; ancestor != null; ancestor = ancestor.Parent)
        {
            active.Add(ancestor);
            if (ancestor.Kind == StateNodeKind.Parallel && (source == null || !source.IsDescendantOf(ancestor)))
            {
                foreach (var region in ancestor.Children)
                {
                    if (region != inside && region.Kind != StateNodeKind.History)
                    {
                        AddWithDefaults(region, active, scratch);
                    }
                }
            }

            inside = ancestor;
        }
    }

    // Iterative; the visited set stops initial transitions that point back up the tree (invalid, but must not hang).
    private static void AddWithDefaults(StateNode state, StateSet active, Stack<StateNode> pending)
    {
        pending.Clear();
        pending.Push(state);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (active.Add(next))
            {
                PushDefaultChildren(next, active, pending);
            }
        }
    }

    // The children a compound state, the root or a parallel state enters when entered by default. Pushed rather than
    // yielded: this runs for every state entered while analysing every document.
    private static void PushDefaultChildren(StateNode state, StateSet active, Stack<StateNode> pending)
    {
        switch (state.Kind)
        {
            case StateNodeKind.Parallel:
                foreach (var child in state.Children)
                {
                    if (child.Kind != StateNodeKind.History)
                    {
                        Push(state, child, active, pending);
                    }
                }

                break;

            case StateNodeKind.Compound:
            case StateNodeKind.Root:
            case StateNodeKind.History:
                if (state.InitialTransition != null)
                {
                    foreach (var target in state.InitialTransition.Targets)
                    {
                        Push(state, target, active, pending);
                    }
                }
                else if (state.Kind != StateNodeKind.History)
                {
                    foreach (var child in state.Children)
                    {
                        if (child.Kind != StateNodeKind.History)
                        {
                            Push(state, child, active, pending);
                            break;
                        }
                    }
                }

                break;
        }
    }

    private static void Push(StateNode state, StateNode child, StateSet active, Stack<StateNode> pending)
    {
        // An initial target deeper than a direct child also activates the states in between.
        for (var s = child.Parent; s != null && s != state && !active.Contains(s); s = s.Parent)
        {
            active.Add(s);
        }

        pending.Push(child);
    }
}
