using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2021: an <c>initial</c> attribute or a transition <c>target</c> naming several states names a legal
/// configuration (SCXML 1.0, 3.11): two of them are active together only in different regions of a common
/// &lt;parallel&gt;. Reported at the later of the two ids.
/// </summary>
public sealed class LegalConfigurationRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.IllegalConfiguration };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var transition in context.Chart!.Transitions)
        {
            if (transition.TargetAttribute == null || transition.Targets.Count < 2)
            {
                continue;
            }

            var tokens = ValueToken.Split(transition.TargetAttribute);
            var seen = new List<StateNode>(tokens.Count);
            foreach (var token in tokens)
            {
                if (context.Chart.FindState(token.Text) is not { } state)
                {
                    continue;
                }

                foreach (var earlier in seen)
                {
                    if (Conflict(earlier, state) is { } reason)
                    {
                        context.Report(DiagnosticCatalog.IllegalConfiguration, token.Location, earlier.ToString(), state.ToString(), reason);
                        break;
                    }
                }

                seen.Add(state);
            }
        }
    }

    /// <summary>Why two states cannot be active together, or null when they can.</summary>
    private static string? Conflict(StateNode a, StateNode b)
    {
        // A history state stands for states its parent chooses at run time; only its parent's place is known.
        var first = a.Kind == StateNodeKind.History ? a.Parent : a;
        var second = b.Kind == StateNodeKind.History ? b.Parent : b;
        if (first == null || second == null || (a.Kind == StateNodeKind.History && b.Kind == StateNodeKind.History && first == second))
        {
            return null;
        }

        if (first == second)
        {
            return a == b ? "the same state is named twice" : null;
        }

        if (second.IsDescendantOf(first))
        {
            return a.Kind == StateNodeKind.History ? null : $"'{b}' is inside '{a}'; name only '{b}', which enters '{a}' as well";
        }

        if (first.IsDescendantOf(second))
        {
            return b.Kind == StateNodeKind.History ? null : $"'{a}' is inside '{b}'; name only '{a}', which enters '{b}' as well";
        }

        var common = first.Parent;
        while (common != null && !second.IsDescendantOf(common))
        {
            common = common.Parent;
        }

        if (common == null || common.Kind == StateNodeKind.Parallel)
        {
            return null;
        }

        return common.Kind == StateNodeKind.Root
            ? "they are in different top-level states, and only one of those is active at a time"
            : $"they are in different children of '{common}', and only one child of a compound state is active at a time";
    }
}
