using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4010: a waiting state that neither it nor an ancestor ever leaves in normal operation. Transitions on
/// <c>session.restarted</c>/<c>session.recovered</c> alone do not count; they come only after a failover.
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
