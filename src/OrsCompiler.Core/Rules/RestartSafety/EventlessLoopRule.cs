using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4011: eventless transitions without a cond that never let the session wait. A state is forced when the first
/// eventless transition SCXML would consider for it (its own, then its ancestors') is always enabled; a cycle of
/// forced states, or a forced transition without a target, loops forever. A busy loop too: a state whose eventless
/// transition without a cond re-enters it, so that only a guarded sibling before it can leave, and nothing on the way
/// changes the data its conds read: the session spins without ever waiting for an event.
/// </summary>
public sealed class EventlessLoopRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.EventlessLoop };

    public override void Analyze(DocumentContext context)
    {
        var reachability = RestartSafetyAnalysis.Of(context).Reachability;
        var forced = new Dictionary<StateNode, TransitionNode>();
        foreach (var state in context.Chart!.AtomicStates())
        {
            var transition = ForcedTransition(state);
            if (transition != null && reachability.IsReachable(state))
            {
                forced.Add(state, transition);
            }
        }

        var reportedTransitions = new HashSet<TransitionNode>();
        foreach (var state in context.Chart.AtomicStates())
        {
            if (!forced.ContainsKey(state) && BusySelfLoop(state) is { } loop && reachability.IsReachable(state) && reportedTransitions.Add(loop))
            {
                context.Report(DiagnosticCatalog.EventlessLoop, loop.Location,
                    $"'{state}' (it re-enters itself without waiting for an event until the cond of another eventless transition holds, and nothing on the way changes the data)");
            }
        }

        if (forced.Count == 0)
        {
            return;
        }

        foreach (var state in forced.Keys.Where(s => forced[s].IsTargetless))
        {
            if (reportedTransitions.Add(forced[state]))
            {
                context.Report(DiagnosticCatalog.EventlessLoop, forced[state].Location, $"'{state}' (the transition has no target)");
            }
        }

        // Which forced states each forced transition enters. Most documents have none that do: then there is no cycle.
        var successors = new Dictionary<StateNode, IReadOnlyList<StateNode>>(forced.Count);
        var entered = new StateSet(context.Chart.States.Count);
        var scratch = new Stack<StateNode>();
        var anySuccessor = false;
        foreach (var pair in forced)
        {
            var next = new List<StateNode>();
            foreach (var target in pair.Value.Targets)
            {
                entered.Clear();
                StateEntry.EnterInto(target, pair.Value.Source, entered, scratch);
                foreach (var state in entered.Members)
                {
                    if (forced.ContainsKey(state) && !next.Contains(state))
                    {
                        next.Add(state);
                    }
                }
            }

            successors.Add(pair.Key, next);
            anySuccessor |= next.Count > 0;
        }

        if (!anySuccessor)
        {
            return;
        }

        foreach (var cycle in StronglyConnected.Components(forced.Keys.OrderBy(s => s.DocumentOrder), s => successors[s]))
        {
            var first = cycle.OrderBy(s => s.DocumentOrder).First();
            var isLoop = cycle.Count > 1 || successors[first].Contains(first);
            if (isLoop && reportedTransitions.Add(forced[first]))
            {
                var states = string.Join(", ", cycle.OrderBy(s => s.DocumentOrder).Select(s => $"'{s}'"));
                context.Report(DiagnosticCatalog.EventlessLoop, forced[first].Location, states);
            }
        }
    }

    // The state's first unconditional eventless transition, when only guarded ones come before it and it targets the
    // state itself; null when the loop's own content (onentry, onexit, the transition) may change what the conds read.
    private static TransitionNode? BusySelfLoop(StateNode state)
    {
        foreach (var transition in state.Transitions)
        {
            if (!transition.IsEventless || transition.Role != TransitionRole.Normal)
            {
                continue;
            }

            if (!TransitionFacts.IsUnconditionalEventless(transition))
            {
                continue;
            }

            var reentersItself = transition.Targets.Count > 0 && transition.UnresolvedTargetIds.Count == 0 && transition.Targets.All(t => t == state);
            return reentersItself && !ChangesData(transition.Actions) && !ChangesData(state.OnEntry.SelectMany(e => e.Elements))
                   && !ChangesData(state.OnExit.SelectMany(e => e.Elements))
                ? transition
                : null;
        }

        return null;
    }

    // Executable content that may write the data model: assignments, scripts, loops, Genesys actions (requestid), ids.
    private static bool ChangesData(IEnumerable<Syntax.SyntaxElement> actions)
    {
        foreach (var action in actions)
        {
            foreach (var element in action.DescendantsAndSelf())
            {
                if (element.NamespaceUri != Syntax.ScxmlNames.Namespace
                    || element.LocalName is Syntax.ScxmlNames.Assign or Syntax.ScxmlNames.Script or Syntax.ScxmlNames.Foreach
                    || element.GetAttribute("location") != null || element.GetAttribute("idlocation") != null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static TransitionNode? ForcedTransition(StateNode state)
    {
        for (var s = state; s != null; s = s.Parent)
        {
            foreach (var transition in s.Transitions)
            {
                if (transition.IsEventless)
                {
                    // A conditional one first may lead out of the loop.
                    return TransitionFacts.IsUnconditionalEventless(transition) ? transition : null;
                }
            }
        }

        return null;
    }
}
