using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4014: an ORS document without any catch-all handler for error events.</summary>
public sealed class ErrorHandlerPresenceRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.NoErrorHandler };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors)
        {
            return;
        }

        var hasCatchAll = context.Chart!.Transitions.Any(t =>
            t.Role == TransitionRole.Normal && t.Events.Any(d => EventDescriptor.Normalize(d) is "error" or "*"));
        if (!hasCatchAll)
        {
            context.Report(DiagnosticCatalog.NoErrorHandler, context.Chart.Root.Element.NameLocation);
        }
    }
}
