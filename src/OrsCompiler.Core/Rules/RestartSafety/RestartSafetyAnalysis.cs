using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// The analyses the restart-safety rules share, built lazily and once per document
/// (<see cref="DocumentContext.GetShared{T}"/>).
/// </summary>
internal sealed class RestartSafetyAnalysis
{
    private readonly Lazy<Reachability> _reachability;
    private readonly Lazy<WaitingStates> _waiting;
    private readonly Lazy<RunToWait> _firstRun;
    private readonly Dictionary<string, HandlerCoverage> _coverage = new(StringComparer.Ordinal);

    private RestartSafetyAnalysis(DocumentContext context)
    {
        Chart = context.Chart!;
        Persistence = PersistenceSettings.From(Chart.Root.Element, context.Options);
        _reachability = new Lazy<Reachability>(() => Reachability.Compute(Chart));
        _waiting = new Lazy<WaitingStates>(() => WaitingStates.Compute(Chart, Reachability));
        _firstRun = new Lazy<RunToWait>(() => RunToWait.FromStart(Chart));
    }

    public StateChart Chart { get; }

    public PersistenceSettings Persistence { get; }

    public Reachability Reachability => _reachability.Value;

    public WaitingStates Waiting => _waiting.Value;

    /// <summary>What the session does from its start until it first waits for an event.</summary>
    public RunToWait FirstRun => _firstRun.Value;

    /// <summary>Only for rules that declare <see cref="DocumentRule.RequiresChart"/>.</summary>
    public static RestartSafetyAnalysis Of(DocumentContext context) => context.GetShared(c => new RestartSafetyAnalysis(c));

    public HandlerCoverage Coverage(string eventName)
    {
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
