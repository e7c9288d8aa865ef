using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2024 (warning): a history state whose parent is always left at once. The parent has an eventless transition
/// without <c>cond</c> that leaves it, and no state inside it has an eventless transition that could be taken first
/// (SCXML selects from the innermost state outwards), so the parent is left in the microstep after it is entered,
/// always from its initial states: the history never records anything else.
/// </summary>
public sealed class HistoryRecordingRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.HistoryNeverRecords };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var chart = context.Chart!;
        HashSet<StateNode>? withEventlessInside = null;
        var exits = new Dictionary<StateNode, TransitionNode?>();
        foreach (var history in chart.States)
        {
            if (history.Kind != StateNodeKind.History || history.Parent is not { Kind: StateNodeKind.Compound or StateNodeKind.Parallel } parent)
            {
                continue;
            }

            // Cached: a parent may hold many history states.
            if (!exits.TryGetValue(parent, out var leaving))
            {
                leaving = ImmediateExit(parent);
                exits.Add(parent, leaving);
            }

            if (leaving == null)
            {
                continue;
            }

            withEventlessInside ??= StatesWithEventlessTransitionInside(chart);
            if (!withEventlessInside.Contains(parent))
            {
                context.Report(DiagnosticCatalog.HistoryNeverRecords, history.Element.NameLocation, history.ToString(), parent.ToString(), leaving.Location.Start.Line);
            }
        }
    }

    /// <summary>The first eventless, unconditional transition of <paramref name="state"/> if it leaves the state.</summary>
    private static TransitionNode? ImmediateExit(StateNode state)
    {
        foreach (var transition in state.Transitions)
        {
            if (transition.Role != TransitionRole.Normal || !transition.IsEventless || transition.Cond != null)
            {
                continue;
            }

            // The first such transition is the one taken; it leaves unless it has no target or is internal and stays inside.
            if (transition.IsTargetless || transition.Targets.Count == 0)
            {
                return null;
            }

            if (transition.IsInternal && AllInside(transition, state))
            {
                return null;
            }

            return transition;
        }

        return null;
    }

    private static bool AllInside(TransitionNode transition, StateNode state)
    {
        foreach (var target in transition.Targets)
        {
            if (!target.IsDescendantOf(state))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The states with an eventless transition on a proper descendant: one walk up per transition, stopping at marked states.</summary>
    private static HashSet<StateNode> StatesWithEventlessTransitionInside(StateChart chart)
    {
        var marked = new HashSet<StateNode>();
        foreach (var transition in chart.Transitions)
        {
            if (transition.Role != TransitionRole.Normal || !transition.IsEventless)
            {
                continue;
            }

            var ancestor = transition.Source.Parent;
            while (ancestor != null && marked.Add(ancestor))
            {
                ancestor = ancestor.Parent;
            }
        }

        return marked;
    }
}
