using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4002: <c>_sendSessionRecovered="true"</c> needs persistence; without it the event never comes.</summary>
public sealed class RecoveryWithoutPersistenceRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.RecoveryWithoutPersistence };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var settings = RestartSafetyAnalysis.Of(context).Persistence;
        if (settings.SendsSessionRecovered && !settings.IsPersisted)
        {
            context.Report(DiagnosticCatalog.RecoveryWithoutPersistence, settings.SendSessionRecoveredAttribute!.Location, settings.NotPersistedReason);
        }
    }
}
