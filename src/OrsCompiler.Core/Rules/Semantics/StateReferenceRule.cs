using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2002, ORS2003: every id in a transition's <c>target</c> and in an <c>initial</c> attribute names a state.
/// Reported at the id itself, with the closest existing id as a suggestion. An id that the content of an unresolved
/// include may have defined is not reported: the include's ORS5002/ORS5003 already says what is wrong.
/// </summary>
public sealed class StateReferenceRule : WellFormedDocumentRule
{
    // Suggestions compare against every id; past this many misses per document (a generated document with a wrong
    // prefix everywhere), the rest are reported without one so the cost stays linear.
    private const int SuggestionBudget = 20;

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.UnknownTransitionTarget,
        DiagnosticCatalog.UnknownInitialState,
    };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var chart = context.Chart!;
        var suggestionsLeft = SuggestionBudget;
        foreach (var transition in chart.Transitions)
        {
            if (transition.TargetAttribute == null || transition.UnresolvedTargetIds.Count == 0)
            {
                continue;
            }

            // A transition without an element is a state's `initial` attribute.
            var descriptor = transition.Element == null ? DiagnosticCatalog.UnknownInitialState : DiagnosticCatalog.UnknownTransitionTarget;
            foreach (var token in ValueToken.Split(transition.TargetAttribute))
            {
                var id = token.Text;
                if (!chart.StatesById.ContainsKey(id) && !context.Tree.MayBeInMissingContent(id))
                {
                    // A malformed id (ORS2022) is never offered: the fix would be to rename it, not to copy it.
                    var suggestion = suggestionsLeft-- > 0 ? SpellingSuggestion.DidYouMean(id, chart.StatesById.Keys.Where(XmlIds.IsValid)) : "";
                    context.Report(descriptor, token.Location, id, suggestion);
                }
            }
        }
    }
}
