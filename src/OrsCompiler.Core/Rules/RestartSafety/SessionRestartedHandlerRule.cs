using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4005: when sessions are restarted on switchover (expected by default, and the document is not persisted),
/// every waiting state handles <c>session.restarted</c>.
/// </summary>
public sealed class SessionRestartedHandlerRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.SessionRestartedNotHandled };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var analysis = RestartSafetyAnalysis.Of(context);
        if (analysis.Persistence.ExpectsRestart)
        {
            FailoverHandlerReport.Report(context, DiagnosticCatalog.SessionRestartedNotHandled, analysis.Coverage(FailoverEvents.Restarted));
        }
    }
}
