using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2004, ORS2005, ORS2006: a state names its initial state once (attribute or element), only if it has child
/// states, and only among its own descendants.
/// </summary>
public sealed class InitialStateRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.InitialAttributeAndElement,
        DiagnosticCatalog.InitialOnAtomicState,
        DiagnosticCatalog.InitialTargetNotDescendant,
    };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var chart = context.Chart!;
        foreach (var state in chart.States)
        {
            // <parallel> and <final> take no initial state at all: the schema reports the attribute (ORS1103).
            if (state.Kind is not (StateNodeKind.Atomic or StateNodeKind.Compound or StateNodeKind.Root))
            {
                continue;
            }

            var attribute = state.Element.GetAttribute("initial");
            var element = FindInitialElement(state.Element);
            if (attribute == null && element == null)
            {
                continue;
            }

            if (attribute != null && element != null)
            {
                context.Report(DiagnosticCatalog.InitialAttributeAndElement, attribute.Location, state.Element.Name);
            }

            if (state.Kind == StateNodeKind.Atomic)
            {
                // Its children were to come from an include that could not be resolved (reported there).
                if (context.Tree.UnresolvedIncludes.Exists(include => ReferenceEquals(include.Parent, state.Element)))
                {
                    continue;
                }

                var location = attribute?.Location ?? element!.NameLocation;
                context.Report(DiagnosticCatalog.InitialOnAtomicState, location, state.ToString(), attribute != null ? "an 'initial' attribute" : "an <initial> element");
                continue;
            }

            CheckTargetsAreDescendants(context, chart, state);
        }
    }

    private static void CheckTargetsAreDescendants(DocumentContext context, StateChart chart, StateNode state)
    {
        var targets = state.InitialTransition?.TargetAttribute;
        if (targets == null)
        {
            return;
        }

        foreach (var token in ValueToken.Split(targets))
        {
            // Unknown ids are StateReferenceRule's.
            if (chart.StatesById.TryGetValue(token.Text, out var target) && !target.IsDescendantOf(state))
            {
                context.Report(DiagnosticCatalog.InitialTargetNotDescendant, token.Location, token.Text, state.ToString());
            }
        }
    }

    private static SyntaxElement? FindInitialElement(SyntaxElement state)
    {
        foreach (var child in state.Elements)
        {
            if (ScxmlNames.IsScxml(child, ScxmlNames.Initial))
            {
                return child;
            }
        }

        return null;
    }
}
