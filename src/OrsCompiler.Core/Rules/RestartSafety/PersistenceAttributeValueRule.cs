using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4001: <c>_persist</c> and <c>_sendSessionRecovered</c> on &lt;scxml&gt; are <c>true</c> or <c>false</c>.</summary>
public sealed class PersistenceAttributeValueRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.InvalidPersistenceAttributeValue };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var settings = RestartSafetyAnalysis.Of(context).Persistence;
        foreach (var attribute in new[] { settings.PersistAttribute, settings.SendSessionRecoveredAttribute })
        {
            if (attribute != null && !PersistenceSettings.IsValidValue(attribute.Value))
            {
                context.Report(DiagnosticCatalog.InvalidPersistenceAttributeValue, attribute.ValueLocation, attribute.Name, attribute.Value);
            }
        }
    }
}
