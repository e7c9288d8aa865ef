using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4003: with <c>_sendSessionRecovered="true"</c>, every waiting state handles <c>session.recovered</c>.</summary>
public sealed class SessionRecoveredHandlerRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.SessionRecoveredNotHandled };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var analysis = RestartSafetyAnalysis.Of(context);
        if (analysis.Persistence.SendsSessionRecovered)
        {
            FailoverHandlerReport.Report(context, DiagnosticCatalog.SessionRecoveredNotHandled, analysis.Coverage(FailoverEvents.Recovered));
        }
    }
}
