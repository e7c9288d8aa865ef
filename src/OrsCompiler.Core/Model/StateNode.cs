using System.Collections.Generic;
using OrsCompiler.Collections;
using OrsCompiler.Syntax;

namespace OrsCompiler.Model;

/// <summary>A state of the chart (or the root &lt;scxml&gt;), with what rules and the compiler need about it.</summary>
public sealed class StateNode
{
    // Created by the builder on first use: most states have few kinds of content.
    private List<StateNode>? _children;
    private List<TransitionNode>? _transitions;
    private List<SyntaxElement>? _onEntry;
    private List<SyntaxElement>? _onExit;
    private List<SyntaxElement>? _invokes;
    private List<SyntaxElement>? _data;

    internal StateNode(SyntaxElement element, StateNodeKind kind, StateNode? parent, int documentOrder)
    {
        Element = element;
        // Read once: rules and the compiler ask for ids all the time, and the tree no longer changes once charted.
        Id = element.GetAttributeValue("id");
        Kind = kind;
        Parent = parent;
        DocumentOrder = documentOrder;
        Depth = parent == null ? 0 : parent.Depth + 1;
    }

    public SyntaxElement Element { get; }

    /// <summary>The <c>id</c> attribute; null when the state has none (SCXML then generates one at run time).</summary>
    public string? Id { get; }

    public StateNodeKind Kind { get; internal set; }

    public StateNode? Parent { get; }

    /// <summary>0 for the root, then by document order of the start tags.</summary>
    public int DocumentOrder { get; }

    public int Depth { get; }

    /// <summary>"shallow" (default) or "deep" for history states; null otherwise.</summary>
    public string? HistoryType => Kind == StateNodeKind.History ? Element.GetAttributeValue("type") ?? "shallow" : null;

    public ReadOnlyListView<StateNode> Children => new(_children);

    public ReadOnlyListView<TransitionNode> Transitions => new(_transitions);

    /// <summary>
    /// The initial transition of a compound state or the root (from &lt;initial&gt; or the <c>initial</c> attribute);
    /// the default transition of a history state. Null when the first child state is the default.
    /// </summary>
    public TransitionNode? InitialTransition { get; internal set; }

    public ReadOnlyListView<SyntaxElement> OnEntry => new(_onEntry);

    public ReadOnlyListView<SyntaxElement> OnExit => new(_onExit);

    public ReadOnlyListView<SyntaxElement> Invokes => new(_invokes);

    /// <summary>The &lt;data&gt; elements of this state's &lt;datamodel&gt; (for the root: the top-level datamodel).</summary>
    public ReadOnlyListView<SyntaxElement> Data => new(_data);

    public SyntaxElement? DoneData { get; internal set; }

    public bool IsAtomic => Kind == StateNodeKind.Atomic;

    public bool IsCompound => Kind is StateNodeKind.Compound or StateNodeKind.Root;

    /// <summary>The proper ancestors, nearest first (the root last).</summary>
    public IEnumerable<StateNode> Ancestors()
    {
        for (var s = Parent; s != null; s = s.Parent)
        {
            yield return s;
        }
    }

    internal void AddChild(StateNode child) => (_children ??= new()).Add(child);

    internal void AddTransition(TransitionNode transition) => (_transitions ??= new()).Add(transition);

    internal void AddOnEntry(SyntaxElement onEntry) => (_onEntry ??= new()).Add(onEntry);

    internal void AddOnExit(SyntaxElement onExit) => (_onExit ??= new()).Add(onExit);

    internal void AddInvoke(SyntaxElement invoke) => (_invokes ??= new()).Add(invoke);

    internal void AddData(SyntaxElement data) => (_data ??= new()).Add(data);

    public bool IsDescendantOf(StateNode other)
    {
        for (var s = Parent; s != null; s = s.Parent)
        {
            if (s == other)
            {
                return true;
            }
        }

        return false;
    }

    // Identity equality; the document order makes a cheap hash for the sets and maps every analysis keeps of states.
    public override int GetHashCode() => DocumentOrder;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override string ToString() => Id ?? $"<{Element.LocalName}>#{DocumentOrder}";
}
