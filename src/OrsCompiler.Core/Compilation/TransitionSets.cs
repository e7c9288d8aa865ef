using System.Collections.Generic;

namespace OrsCompiler.Compilation;

/// <summary>
/// The transition domain and exit set the runtime stores per transition, computed as SCXML 1.0 Appendix D does
/// (<c>getTransitionDomain</c>, <c>computeExitSet</c>) for the transition considered alone:
/// <list type="bullet">
/// <item>Domain: none (-1) for a targetless transition; the source for an internal transition of a compound state
/// whose targets all lie inside it (and for every initial transition, whose targets always do); otherwise the least
/// common compound ancestor of the source and the targets (<c>findLCCA</c>: the nearest proper ancestor of the source
/// that is compound or the root and contains every target).</item>
/// <item>Exit set: the states the transition exits when every state could be active, i.e. every proper descendant of
/// the domain - ascending indices domain+1 .. SubtreeEnd(domain)-1. An engine intersects it with the configuration
/// (and orders it by exit order) at run time; empty for a targetless transition.</item>
/// <item>History targets: the history state itself stands in for the states it would restore. Those always lie
/// inside the history's parent, so the domain computed here contains the exact run-time domain (it may be wider when
/// the source lies inside that same parent); an engine needing SCXML's exact result for such a transition recomputes
/// it with the restored states.</item>
/// </list>
/// </summary>
internal static class TransitionSets
{
    public static int Domain(StateTable states, int source, IReadOnlyList<int> targets, bool isInternal)
    {
        if (targets.Count == 0)
        {
            return -1;
        }

        if (isInternal && states.IsCompoundOrRoot(source) && AllDescendants(states, targets, source))
        {
            return source;
        }

        for (var ancestor = states.Parents[source]; ancestor >= 0; ancestor = states.Parents[ancestor])
        {
            if (states.IsCompoundOrRoot(ancestor) && AllDescendants(states, targets, ancestor))
            {
                return ancestor;
            }
        }

        // Only a transition of the root itself has no proper ancestor; the validator reports those.
        throw new CompilationException(
            "the transition of state '" + states.Ids[source] + "' has no compound ancestor that contains its targets");
    }

    /// <summary>The proper descendants of <paramref name="domain"/> in ascending order; empty for no domain.</summary>
    /// <remarks>
    /// An array per transition: the runtime's range type is internal, so a chart with n states can cost O(n^2) memory
    /// here while compiling (the loader itself rebuilds exit sets as ranges).
    /// </remarks>
    public static IReadOnlyList<int> ExitSet(StateTable states, int domain)
    {
        if (domain < 0)
        {
            return [];
        }

        var set = new int[states.SubtreeEnd(domain) - domain - 1];
        for (var i = 0; i < set.Length; i++)
        {
            set[i] = domain + 1 + i;
        }

        return set;
    }

    private static bool AllDescendants(StateTable states, IReadOnlyList<int> targets, int ancestor)
    {
        foreach (var target in targets)
        {
            if (!states.IsDescendant(target, ancestor))
            {
                return false;
            }
        }

        return true;
    }
}
