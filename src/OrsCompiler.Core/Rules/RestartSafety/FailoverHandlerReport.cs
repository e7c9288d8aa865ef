using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// Where ORS4003 and ORS4005 point: when no waiting state handles the event, once at the root (one fix: a handler on
/// an outer state); when only some do, at each state that does not.
/// </summary>
internal static class FailoverHandlerReport
{
    public static void Report(DocumentContext context, DiagnosticDescriptor descriptor, HandlerCoverage coverage)
    {
        if (coverage.Uncovered.Count == 0)
        {
            return;
        }

        if (coverage.HandledNowhere)
        {
            context.Report(descriptor, context.Chart!.Root.Element.NameLocation, "The document");
            return;
        }

        foreach (var state in coverage.Uncovered)
        {
            context.Report(descriptor, state.Element.NameLocation, $"State '{state}'");
        }
    }
}
