using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4013: an ORS action with a <c>requestid</c> whose <c>.done</c> or <c>error.</c> event no state that can be
/// active after it (until the session next waits) handles.
/// </summary>
public sealed class ActionResultHandlerRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.ActionResultNotHandled };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var analysis = RestartSafetyAnalysis.Of(context);
        var owners = new ContentOwners(analysis.Chart);
        var runs = new Dictionary<object, RunToWait?>();
        foreach (var element in context.Tree.Root!.DescendantsAndSelf())
        {
            var action = ScxmlNames.IsGenesysNamespace(element.NamespaceUri) && element.HasAttribute("requestid")
                ? OrsModuleCatalog.FindAction(element)
                : null;
            if (action == null)
            {
                continue;
            }

            var owner = owners.Find(element);
            if (owner == null)
            {
                continue;
            }

            if (!runs.TryGetValue(owner, out var run))
            {
                run = RunAfter(owner, context.Dialect);
                runs.Add(owner, run);
            }

            var missing = new[] { action.DoneEvent, action.ErrorEvent }
                .Where(e => run != null ? !run.AnyActiveStateHandles(e) : !analysis.AnyTransitionHandles(e))
                .ToList();
            if (missing.Count > 0)
            {
                context.Report(DiagnosticCatalog.ActionResultNotHandled, element.NameLocation, element.Name, string.Join(" or ", missing.Select(e => $"'{e}'")));
            }
        }
    }

    // What may be active once the content has run and the session waits; null when unknown (onexit: where the
    // exiting transition leads is not known here), in which case any handler in the document counts.
    private static RunToWait? RunAfter(object owner, Dialect dialect)
    {
        switch (owner)
        {
            case ContentOwners.Entry entry:
                return RunToWait.From(dialect, StateEntry.Enter(entry.State), alreadyActive: null);

            case ContentOwners.Invoke invoke:
                return RunToWait.From(dialect, System.Array.Empty<StateNode>(), ActiveWhileIn(invoke.State));

            case TransitionNode transition when transition.UnresolvedTargetIds.Count > 0:
                return null;

            case TransitionNode transition when transition.IsTargetless:
                return RunToWait.From(dialect, System.Array.Empty<StateNode>(), ActiveWhileIn(transition.Source));

            case TransitionNode transition:
                return RunToWait.From(dialect, transition.Targets.SelectMany(t => StateEntry.Enter(t, transition.Source)).Distinct().ToList(), alreadyActive: null);

            default:
                return null;
        }
    }

    // The state, its ancestors and (since which of them is active is not known) all its descendants.
    private static IEnumerable<StateNode> ActiveWhileIn(StateNode state)
    {
        var states = state.Ancestors().ToList();
        var pending = new Stack<StateNode>();
        pending.Push(state);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            states.Add(next);
            foreach (var child in next.Children)
            {
                pending.Push(child);
            }
        }

        return states;
    }
}
