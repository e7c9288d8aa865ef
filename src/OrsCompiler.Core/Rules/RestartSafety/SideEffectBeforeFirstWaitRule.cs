using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4006: in a document that is restarted on switchover and does not handle <c>session.restarted</c>, actions that
/// touch the outside world before the session first waits run a second time after the restart.
/// </summary>
public sealed class SideEffectBeforeFirstWaitRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.SideEffectBeforeFirstWait };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var analysis = RestartSafetyAnalysis.Of(context);
        if (!analysis.Persistence.ExpectsRestart || analysis.AnyTransitionHandles(FailoverEvents.Restarted))
        {
            return;
        }

        var run = analysis.FirstRun;
        var candidates = run.ExecutedContent().SelectMany(content => content.DescendantsAndSelf())
            .Concat(run.Entered.SelectMany(state => state.Invokes));
        var reported = new HashSet<SyntaxElement>();
        foreach (var element in candidates)
        {
            if (SideEffects.TouchesOutsideWorld(element, context.Dialect) && reported.Add(element))
            {
                context.Report(DiagnosticCatalog.SideEffectBeforeFirstWait, element.NameLocation, element.Name);
            }
        }
    }
}
