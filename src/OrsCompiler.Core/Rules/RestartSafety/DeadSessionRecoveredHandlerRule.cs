using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4004: an explicit <c>session.recovered</c> descriptor in a document that never asks for the event.</summary>
public sealed class DeadSessionRecoveredHandlerRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.DeadSessionRecoveredHandler };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors || RestartSafetyAnalysis.Of(context).Persistence.SendsSessionRecovered)
        {
            return;
        }

        foreach (var transition in context.Chart!.Transitions)
        {
            if (transition.EventAttribute is not { } events)
            {
                continue;
            }

            foreach (var token in ValueToken.Split(events))
            {
                if (FailoverEvents.IsOnly(token.Text, FailoverEvents.Recovered))
                {
                    context.Report(DiagnosticCatalog.DeadSessionRecoveredHandler, token.Location, token.Text);
                }
            }
        }
    }
}
