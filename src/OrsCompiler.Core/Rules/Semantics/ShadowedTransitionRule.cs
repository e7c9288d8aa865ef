using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2023 (warning): a transition an earlier transition of the same state always wins over. SCXML takes the first
/// enabled transition of a state in document order (3.13), so an earlier one without <c>cond</c> whose descriptors
/// match every event the later one matches leaves it nothing; an eventless one without <c>cond</c> does the same to
/// every later eventless one.
/// </summary>
public sealed class ShadowedTransitionRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.ShadowedTransition };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var state in context.Chart!.States)
        {
            var transitions = state.Transitions;
            for (var later = 1; later < transitions.Count; later++)
            {
                var shadowed = transitions[later];
                if (shadowed.Role != TransitionRole.Normal || shadowed.Element == null)
                {
                    continue;
                }

                for (var earlier = 0; earlier < later; earlier++)
                {
                    var winner = transitions[earlier];
                    if (winner.Role == TransitionRole.Normal && winner.Element != null && winner.Cond == null && Covers(winner, shadowed))
                    {
                        var what = shadowed.IsEventless ? "is eventless too" : $"matches every event this one does ('{winner.EventAttribute!.Value.Trim()}')";
                        context.Report(DiagnosticCatalog.ShadowedTransition, shadowed.Location, winner.Element.NameLocation.Start.Line, what);
                        break;
                    }
                }
            }
        }
    }

    private static bool Covers(TransitionNode winner, TransitionNode shadowed)
    {
        if (winner.IsEventless || shadowed.IsEventless)
        {
            return winner.IsEventless && shadowed.IsEventless;
        }

        foreach (var descriptor in shadowed.Events)
        {
            if (!AnyCovers(winner.Events, EventDescriptor.Normalize(descriptor)))
            {
                return false;
            }
        }

        return true;
    }

    // A descriptor covers another when it matches every name the other matches: '*', the same, or a token prefix.
    private static bool AnyCovers(IReadOnlyList<string> descriptors, string covered)
    {
        foreach (var descriptor in descriptors)
        {
            var normalized = EventDescriptor.Normalize(descriptor);
            if (normalized == "*"
                || string.Equals(normalized, covered, StringComparison.Ordinal)
                || (covered != "*" && covered.StartsWith(normalized + ".", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
