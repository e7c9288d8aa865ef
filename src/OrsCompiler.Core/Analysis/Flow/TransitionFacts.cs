using OrsCompiler.Model;

namespace OrsCompiler.Analysis.Flow;

/// <summary>Small questions about transitions that several restart-safety rules ask.</summary>
internal static class TransitionFacts
{
    /// <summary>An eventless transition that is always enabled: no cond, or the literal cond <c>true</c>.</summary>
    public static bool IsUnconditionalEventless(TransitionNode transition) =>
        transition.Role == TransitionRole.Normal
        && transition.IsEventless
        && (transition.Cond == null || transition.Cond.Value.Trim() == "true");

    /// <summary>Whether some descriptor of a (normal) transition matches the event; cond guards are ignored.</summary>
    public static bool Handles(TransitionNode transition, string eventName) =>
        transition.Role == TransitionRole.Normal && EventNames.AnyMatches(transition.Events, eventName);

    public static bool StateHandles(StateNode state, string eventName)
    {
        foreach (var transition in state.Transitions)
        {
            if (Handles(transition, eventName))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The state or one of its ancestors has a transition for the event.</summary>
    public static bool HandledBySelfOrAncestor(StateNode state, string eventName)
    {
        for (var s = state; s != null; s = s.Parent)
        {
            if (StateHandles(s, eventName))
            {
                return true;
            }
        }

        return false;
    }
}
