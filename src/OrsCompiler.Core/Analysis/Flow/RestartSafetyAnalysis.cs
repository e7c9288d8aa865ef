using System;
using System.Collections.Generic;
using OrsCompiler.Model;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// The analyses the restart-safety rules share, built on first use and once per document
/// (<see cref="DocumentContext.GetShared{T}"/>).
/// </summary>
internal sealed class RestartSafetyAnalysis
{
    private Reachability? _reachability;
    private WaitingStates? _waiting;
    private RunToWait? _firstRun;
    private Dictionary<string, HandlerCoverage>? _coverage;

    private RestartSafetyAnalysis(DocumentContext context)
    {
        Chart = context.Chart!;
        Persistence = PersistenceSettings.From(Chart.Root.Element, context.Options);
    }

    public StateChart Chart { get; }

    public PersistenceSettings Persistence { get; }

    // A document is analysed on one thread: plain memoization, no Lazy locks.
    public Reachability Reachability => _reachability ??= Reachability.Compute(Chart);

    public WaitingStates Waiting => _waiting ??= WaitingStates.Compute(Chart, Reachability);

    /// <summary>What the session does from its start until it first waits for an event.</summary>
    public RunToWait FirstRun => _firstRun ??= RunToWait.FromStart(Chart);

    /// <summary>Only for rules that declare <see cref="DocumentRule.RequiresChart"/>.</summary>
    public static RestartSafetyAnalysis Of(DocumentContext context) => context.GetShared(c => new RestartSafetyAnalysis(c));

    public HandlerCoverage Coverage(string eventName)
    {
        _coverage ??= new Dictionary<string, HandlerCoverage>(StringComparer.Ordinal);
        if (!_coverage.TryGetValue(eventName, out var coverage))
        {
            coverage = HandlerCoverage.Compute(Waiting, Reachability, eventName);
            _coverage.Add(eventName, coverage);
        }

        return coverage;
    }

    /// <summary>Some transition anywhere in the document has a descriptor that matches the event.</summary>
    public bool AnyTransitionHandles(string eventName)
    {
        foreach (var transition in Chart.Transitions)
        {
            if (TransitionFacts.Handles(transition, eventName))
            {
                return true;
            }
        }

        return false;
    }
}
