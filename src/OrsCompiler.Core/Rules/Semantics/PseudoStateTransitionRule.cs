using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2007, ORS2008: the transition of &lt;initial&gt; and of &lt;history&gt; is taken unconditionally, so it has a
/// target and neither event nor condition.
/// </summary>
public sealed class PseudoStateTransitionRule : WellFormedDocumentRule
{
    private static readonly string[] ForbiddenAttributes = { "event", "cond" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.PseudoStateTransitionHasEventOrCond,
        DiagnosticCatalog.PseudoStateTransitionWithoutTarget,
    };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var transition in context.Chart!.Transitions)
        {
            var element = transition.Element;
            if (element == null || transition.Role == TransitionRole.Normal)
            {
                continue;
            }

            var owner = element.Parent?.Name ?? element.Name;
            foreach (var name in ForbiddenAttributes)
            {
                if (element.GetAttribute(name) is { } attribute)
                {
                    context.Report(DiagnosticCatalog.PseudoStateTransitionHasEventOrCond, attribute.Location, owner, name);
                }
            }

            if (transition.IsTargetless)
            {
                context.Report(DiagnosticCatalog.PseudoStateTransitionWithoutTarget, element.NameLocation, owner);
            }
        }
    }
}
