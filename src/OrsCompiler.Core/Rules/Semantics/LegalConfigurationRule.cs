using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2021: an <c>initial</c> attribute or a transition <c>target</c> naming several states names a legal
/// configuration (SCXML 1.0, 3.11): two of them are active together only in different regions of a common
/// &lt;parallel&gt;. Reported once per list, at the later id of the first conflicting pair. Each target's
/// ancestors are walked only up to the first one an earlier target already reached, so a long target list costs
/// its length, not its square.
/// </summary>
public sealed class LegalConfigurationRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.IllegalConfiguration };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var chart = context.Chart!;
        var named = new Dictionary<StateNode, StateNode>();
        var branches = new Dictionary<StateNode, (StateNode Child, StateNode Target)>();
        foreach (var transition in chart.Transitions)
        {
            if (transition.TargetAttribute == null || transition.Targets.Count < 2)
            {
                continue;
            }

            named.Clear();
            branches.Clear();
            foreach (var token in ValueToken.Split(transition.TargetAttribute))
            {
                // The first conflict of a list is reported; a list of many siblings would otherwise flood the output.
                if (chart.FindState(token.Text) is { } state && Add(state, named, branches) is { } conflict)
                {
                    context.Report(DiagnosticCatalog.IllegalConfiguration, token.Location, conflict.Earlier.ToString(), state.ToString(), conflict.Reason);
                    break;
                }
            }
        }
    }

    /// <summary>Adds a target to the configuration so far, or says which earlier target it cannot be active with.</summary>
    private static (StateNode Earlier, string Reason)? Add(
        StateNode state, Dictionary<StateNode, StateNode> named, Dictionary<StateNode, (StateNode Child, StateNode Target)> branches)
    {
        // A history state stands for states its parent chooses at run time: it is placed at its parent and does not
        // conflict with states inside that parent.
        var isHistory = state.Kind == StateNodeKind.History;
        var node = isHistory ? state.Parent : state;
        if (node == null)
        {
            return null;
        }

        if (named.TryGetValue(node, out var same))
        {
            return same == state && !isHistory ? (same, "the same state is named twice") : null;
        }

        if (!isHistory && branches.TryGetValue(node, out var below))
        {
            return (below.Target, $"'{below.Target}' is inside '{state}'; name only '{below.Target}', which enters '{state}' as well");
        }

        var pending = new List<(StateNode Ancestor, StateNode Child)>();
        for (StateNode child = node, ancestor = node.Parent!; ancestor != null; child = ancestor, ancestor = ancestor.Parent!)
        {
            if (named.TryGetValue(ancestor, out var outer) && outer.Kind != StateNodeKind.History)
            {
                return (outer, $"'{state}' is inside '{outer}'; name only '{state}', which enters '{outer}' as well");
            }

            if (branches.TryGetValue(ancestor, out var earlier))
            {
                // Reached a chain an earlier target recorded: above here everything is already known.
                if (earlier.Child != child && ancestor.Kind != StateNodeKind.Parallel)
                {
                    return (earlier.Target, ancestor.Kind == StateNodeKind.Root
                        ? "they are in different top-level states, and only one of those is active at a time"
                        : $"they are in different children of '{ancestor}', and only one child of a compound state is active at a time");
                }

                break;
            }

            pending.Add((ancestor, child));
        }

        foreach (var (ancestor, child) in pending)
        {
            branches.Add(ancestor, (child, state));
        }

        named.Add(node, state);
        return null;
    }
}
