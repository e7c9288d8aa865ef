using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2023 (warning): a transition earlier transitions of the same state always win over. SCXML takes the first
/// enabled transition of a state in document order (3.13), so earlier transitions without <c>cond</c> whose
/// descriptors match every event a later one matches leave it nothing; an eventless one without <c>cond</c> does
/// the same to every later eventless one. Linear in the transitions: each descriptor is looked up with its token
/// prefixes among the descriptors of the earlier unconditional transitions.
/// </summary>
public sealed class ShadowedTransitionRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.ShadowedTransition };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var covering = new Dictionary<string, TransitionNode>(StringComparer.Ordinal);
        var winners = new List<TransitionNode>();
        foreach (var state in context.Chart!.States)
        {
            covering.Clear();
            TransitionNode? eventless = null;
            TransitionNode? everything = null;
            foreach (var transition in state.Transitions)
            {
                if (transition.Role != TransitionRole.Normal || transition.Element == null)
                {
                    continue;
                }

                if (transition.IsEventless)
                {
                    if (eventless != null)
                    {
                        Report(context, transition, new List<TransitionNode> { eventless }, "is eventless too");
                    }
                    else if (transition.Cond == null)
                    {
                        eventless = transition;
                    }

                    continue;
                }

                winners.Clear();
                if (IsCovered(transition, covering, everything, winners))
                {
                    var what = winners.Count == 1
                        ? $"matches every event this one does ('{winners[0].EventAttribute!.Value.Trim()}')"
                        : "match every event this one does between them";
                    Report(context, transition, winners, what);
                }

                if (transition.Cond == null)
                {
                    foreach (var descriptor in transition.Events)
                    {
                        var normalized = EventDescriptor.Normalize(descriptor);
                        everything ??= normalized == "*" ? transition : null;
                        if (!covering.ContainsKey(normalized))
                        {
                            covering.Add(normalized, transition);
                        }
                    }
                }
            }
        }
    }

    private static bool IsCovered(TransitionNode transition, Dictionary<string, TransitionNode> covering, TransitionNode? everything, List<TransitionNode> winners)
    {
        foreach (var descriptor in transition.Events)
        {
            var winner = everything ?? FindCovering(EventDescriptor.Normalize(descriptor), covering);
            if (winner == null)
            {
                return false;
            }

            if (!winners.Contains(winner))
            {
                winners.Add(winner);
            }
        }

        return winners.Count > 0;
    }

    // The earliest descriptor that matches every name this one matches: the same descriptor or a token prefix of it.
    private static TransitionNode? FindCovering(string descriptor, Dictionary<string, TransitionNode> covering)
    {
        TransitionNode? best = null;
        for (var prefix = descriptor; prefix.Length > 0;)
        {
            if (covering.TryGetValue(prefix, out var winner) && (best == null || winner.DocumentOrder < best.DocumentOrder))
            {
                best = winner;
            }

            var dot = prefix.LastIndexOf('.');
            prefix = dot < 0 || prefix == "*" ? "" : prefix.Substring(0, dot);
        }

        return best;
    }

    private static void Report(DocumentContext context, TransitionNode shadowed, List<TransitionNode> winners, string what)
    {
        var lines = winners.OrderBy(w => w.DocumentOrder).Select(w => w.Element!.NameLocation.Start.Line.ToString(CultureInfo.InvariantCulture)).ToList();
        var which = lines.Count == 1
            ? $"the transition at line {lines[0]} of the same state comes first, has no 'cond' and {what}"
            : $"the transitions at lines {string.Join(", ", lines.Take(lines.Count - 1))} and {lines[lines.Count - 1]} of the same state come first, have no 'cond' and {what}";
        context.Report(DiagnosticCatalog.ShadowedTransition, shadowed.Location, which);
    }
}
