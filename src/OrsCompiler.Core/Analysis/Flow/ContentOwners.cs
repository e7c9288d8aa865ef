using System.Collections.Generic;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Analysis.Flow;

/// <summary>
/// Finds what runs a piece of executable content: a state's onentry, a transition, a state's onexit, or an invoke's
/// finalize (which runs while its state is active).
/// </summary>
internal sealed class ContentOwners
{
    private readonly Dictionary<SyntaxElement, StateNode> _states = new();
    private readonly Dictionary<SyntaxElement, TransitionNode> _transitions = new();

    public ContentOwners(StateChart chart)
    {
        foreach (var state in chart.States)
        {
            _states[state.Element] = state;
        }

        foreach (var transition in chart.Transitions)
        {
            if (transition.Element != null)
            {
                _transitions[transition.Element] = transition;
            }
        }
    }

    /// <summary>
    /// An <see cref="Entry"/>, <see cref="Exit"/>, <see cref="Invoke"/> or <see cref="TransitionNode"/>; null for content
    /// outside any of them.
    /// </summary>
    public object? Find(SyntaxElement content)
    {
        for (var element = content.Parent; element?.Parent != null; element = element.Parent)
        {
            if (element.NamespaceUri != ScxmlNames.Namespace)
            {
                continue;
            }

            if (_transitions.TryGetValue(element, out var transition))
            {
                return transition;
            }

            if (_states.TryGetValue(element.Parent, out var state))
            {
                switch (element.LocalName)
                {
                    case ScxmlNames.OnEntry:
                        return new Entry(state);
                    case ScxmlNames.OnExit:
                        return new Exit(state);
                    case ScxmlNames.Invoke:
                        return new Invoke(state);
                }
            }

            if (_states.ContainsKey(element))
            {
                return null;
            }
        }

        return null;
    }

    public sealed record Entry(StateNode State);

    public sealed record Exit(StateNode State);

    public sealed record Invoke(StateNode State);
}
