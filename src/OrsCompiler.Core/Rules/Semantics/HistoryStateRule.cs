using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2009, ORS2010: a history state belongs to a compound or parallel state, and its default transition stays
/// inside that parent.
/// </summary>
public sealed class HistoryStateRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.HistoryNotInCompoundState,
        DiagnosticCatalog.HistoryDefaultOutsideParent,
    };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var chart = context.Chart!;
        foreach (var history in chart.States)
        {
            if (history.Kind != StateNodeKind.History || history.Parent == null)
            {
                continue;
            }

            var parent = history.Parent;
            if (parent.Kind == StateNodeKind.Atomic)
            {
                context.Report(DiagnosticCatalog.HistoryNotInCompoundState, history.Element.NameLocation, history.ToString(), parent.ToString());
                continue;
            }

            var targets = history.InitialTransition?.TargetAttribute;
            if (targets == null)
            {
                continue;
            }

            foreach (var token in ValueToken.Split(targets))
            {
                if (!chart.StatesById.TryGetValue(token.Text, out var target))
                {
                    continue;
                }

                // Descendants for both types: SCION's history2 test gives a shallow history a grandchild default.
                if (!target.IsDescendantOf(parent))
                {
                    context.Report(
                        DiagnosticCatalog.HistoryDefaultOutsideParent,
                        token.Location,
                        history.ToString(),
                        token.Text,
                        parent.ToString());
                }
            }
        }
    }
}
