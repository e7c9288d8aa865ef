using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4010: a waiting state that neither it nor an ancestor ever leaves in normal operation. Transitions on
/// <c>session.restarted</c>/<c>session.recovered</c> alone do not count; they come only after a failover. A state in a
/// region of a parallel also has a way out when another region leaves the parallel (Composer's
/// <c>_composer_event_handler</c> leg never leaves on its own: the application leg leaves for both).
/// </summary>
public sealed class DeadEndStateRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.DeadEndState };

    public override void Analyze(DocumentContext context)
    {
        foreach (var state in RestartSafetyAnalysis.Of(context).Waiting.States)
        {
            if (!HasWayOut(state))
            {
                context.Report(DiagnosticCatalog.DeadEndState, state.Element.NameLocation, state.ToString());
            }
        }
    }

    // Loops rather than LINQ: this runs for every waiting state of every document.
    private static bool HasWayOut(StateNode state)
    {
        for (var s = state; s != null; s = s.Parent)
        {
            foreach (var transition in s.Transitions)
            {
                if (Leaves(transition, state))
                {
                    return true;
                }
            }

            if (s.Kind == StateNodeKind.Parallel && AnotherRegionLeaves(s, state))
            {
                return true;
            }
        }

        return false;
    }

    // A transition anywhere inside the parallel whose targets lie outside it exits every region, this one included.
    private static bool AnotherRegionLeaves(StateNode parallel, StateNode state)
    {
        var pending = new Stack<StateNode>(parallel.Children);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current == state || state.IsDescendantOf(current))
            {
                // Its own ancestors' transitions are walked by HasWayOut already.
                continue;
            }

            foreach (var transition in current.Transitions)
            {
                if (LeavesState(transition, parallel))
                {
                    return true;
                }
            }

            foreach (var child in current.Children)
            {
                pending.Push(child);
            }
        }

        return false;
    }

    private static bool LeavesState(TransitionNode transition, StateNode parallel)
    {
        if (transition.TargetIds.Count == 0 || transition.Events.Count > 0 && OnlyFailoverEvents(transition))
        {
            return false;
        }

        // A target that does not resolve is ORS2002's; it may be meant to lead out.
        if (transition.UnresolvedTargetIds.Count > 0)
        {
            return true;
        }

        foreach (var target in transition.Targets)
        {
            if (target != parallel && !target.IsDescendantOf(parallel))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Leaves(TransitionNode transition, StateNode state) =>
        transition.TargetIds.Count > 0
        && !(transition.UnresolvedTargetIds.Count == 0 && OnlyTargets(transition, state))
        && !(transition.Events.Count > 0 && OnlyFailoverEvents(transition));

    private static bool OnlyTargets(TransitionNode transition, StateNode state)
    {
        foreach (var target in transition.Targets)
        {
            if (target != state)
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyFailoverEvents(TransitionNode transition)
    {
        for (var i = 0; i < transition.Events.Count; i++)
        {
            if (!FailoverEvents.IsFailoverOnly(transition.Events[i]))
            {
                return false;
            }
        }

        return true;
    }
}
