using System;
using System.Collections.Generic;
using OrsCompiler.Syntax;

namespace OrsCompiler.Model;

/// <summary>
/// The semantic view of a document: states in document order, transitions with resolved targets, data.
/// Built tolerantly from whatever the syntax tree holds; structural problems are the validator's to report.
/// </summary>
public sealed class StateChart
{
    internal StateChart(SyntaxTree tree, StateNode root, Dialect dialect)
    {
        Tree = tree;
        Root = root;
        Dialect = dialect;
    }

    public SyntaxTree Tree { get; }

    public Dialect Dialect { get; }

    /// <summary>The &lt;scxml&gt; element as a state (kind Root).</summary>
    public StateNode Root { get; }

    /// <summary>Every state in document order; the root first.</summary>
    public List<StateNode> States { get; } = new();

    /// <summary>Every transition (normal, initial and history default) in document order.</summary>
    public List<TransitionNode> Transitions { get; } = new();

    /// <summary>States by id; with duplicates, the first in document order.</summary>
    public Dictionary<string, StateNode> StatesById { get; } = new(StringComparer.Ordinal);

    /// <summary>Every &lt;data&gt; element of the document.</summary>
    public List<SyntaxElement> Data { get; } = new();

    /// <summary>The root's <c>name</c> attribute.</summary>
    public string? Name => Root.Element.GetAttributeValue("name");

    /// <summary>"early" (default) or "late".</summary>
    public string Binding => Root.Element.GetAttributeValue("binding") ?? "early";

    public StateNode? FindState(string id) => StatesById.TryGetValue(id, out var state) ? state : null;

    /// <summary>The state a transition's source or target resolves to, by id.</summary>
    public IEnumerable<StateNode> AtomicStates()
    {
        foreach (var state in States)
        {
            if (state.Kind == StateNodeKind.Atomic)
            {
                yield return state;
            }
        }
    }
}
