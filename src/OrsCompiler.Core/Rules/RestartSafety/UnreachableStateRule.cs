using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4009: states no run can enter; reported at the outermost such state only.</summary>
public sealed class UnreachableStateRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.UnreachableState };

    public override void Analyze(DocumentContext context)
    {
        var reachability = RestartSafetyAnalysis.Of(context).Reachability;
        if (!reachability.IsKnown)
        {
            return;
        }

        foreach (var state in context.Chart!.States)
        {
            if (state.Kind is StateNodeKind.Root or StateNodeKind.History || reachability.IsReachable(state))
            {
                continue;
            }

            if (state.Parent == null || reachability.IsReachable(state.Parent))
            {
                context.Report(DiagnosticCatalog.UnreachableState, state.Element.NameLocation, state.ToString());
            }
        }
    }
}
