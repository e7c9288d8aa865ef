using System.Collections.Generic;

namespace OrsCompiler.Runtime.Model;

/// <summary>A transition with its targets resolved to state indices and its domain and exit set precomputed.</summary>
public sealed class CompiledTransition
{
    private readonly int[] _targets = [];
    private readonly EventDescriptor[] _events = [];
    private readonly CompiledAction[] _actions = [];
    private readonly IReadOnlyList<int> _exitSet = IndexRange.Empty;

    public CompiledTransition()
    {
    }

    /// <summary>For the loader: takes ownership of arrays nobody else holds, without copying them.</summary>
    internal CompiledTransition(int[] targets, EventDescriptor[] events, CompiledAction[] actions, IndexRange exitSet)
    {
        _targets = targets;
        _events = events;
        _actions = actions;
        _exitSet = exitSet;
    }

    /// <summary>Position in <see cref="CompiledDocument.Transitions"/>.</summary>
    public int Index { get; init; }

    /// <summary>Index of the state the transition belongs to (for an initial transition, the compound state).</summary>
    public int Source { get; init; }

    /// <summary>Target state indices in the order written; empty for a targetless transition.</summary>
    public IReadOnlyList<int> Targets { get => _targets; init => _targets = ImmutableArrays.Copy(value); }

    /// <summary>Event descriptors; empty for an eventless transition.</summary>
    public IReadOnlyList<EventDescriptor> Events { get => _events; init => _events = ImmutableArrays.Copy(value); }

    /// <summary>The guard, or null when the transition is unconditional.</summary>
    public CompiledExpression? Condition { get; init; }

    public TransitionType Type { get; init; }

    /// <summary>The executable content of the transition.</summary>
    public IReadOnlyList<CompiledAction> Actions { get => _actions; init => _actions = ImmutableArrays.Copy(value); }

    /// <summary>The transition domain (SCXML <c>getTransitionDomain</c>), or -1 for a targetless transition.</summary>
    public int Domain { get; init; } = -1;

    /// <summary>The states the transition exits when taken from a configuration holding all of them: the proper descendants of <see cref="Domain"/>, ascending.</summary>
    public IReadOnlyList<int> ExitSet { get => _exitSet; init => _exitSet = value as IndexRange ?? (IReadOnlyList<int>)ImmutableArrays.Copy(value); }

    public SourcePosition Position { get; init; }

    public bool IsEventless => _events.Length == 0;

    /// <summary>True when one of the descriptors matches the event name.</summary>
    public bool MatchesEvent(string eventName)
    {
        foreach (var descriptor in _events)
        {
            if (descriptor.Matches(eventName))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Index + ": " + Source + " -> [" + string.Join(",", _targets) + "]";
}
