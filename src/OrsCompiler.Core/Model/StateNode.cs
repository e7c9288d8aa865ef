using System.Collections.Generic;
using OrsCompiler.Syntax;

namespace OrsCompiler.Model;

/// <summary>A state of the chart (or the root &lt;scxml&gt;), with what rules and the compiler need about it.</summary>
public sealed class StateNode
{
    internal StateNode(SyntaxElement element, StateKind kind, StateNode? parent, int documentOrder)
    {
        Element = element;
        Kind = kind;
        Parent = parent;
        DocumentOrder = documentOrder;
        Depth = parent == null ? 0 : parent.Depth + 1;
    }

    public SyntaxElement Element { get; }

    /// <summary>The <c>id</c> attribute; null when the state has none (SCXML then generates one at run time).</summary>
    public string? Id => Element.GetAttributeValue("id");

    public StateKind Kind { get; internal set; }

    public StateNode? Parent { get; }

    /// <summary>0 for the root, then by document order of the start tags.</summary>
    public int DocumentOrder { get; }

    public int Depth { get; }

    /// <summary>"shallow" (default) or "deep" for history states; null otherwise.</summary>
    public string? HistoryType => Kind == StateKind.History ? Element.GetAttributeValue("type") ?? "shallow" : null;

    public List<StateNode> Children { get; } = new();

    public List<TransitionNode> Transitions { get; } = new();

    /// <summary>
    /// The initial transition of a compound state or the root (from &lt;initial&gt; or the <c>initial</c> attribute);
    /// the default transition of a history state. Null when the first child state is the default.
    /// </summary>
    public TransitionNode? InitialTransition { get; internal set; }

    public List<SyntaxElement> OnEntry { get; } = new();

    public List<SyntaxElement> OnExit { get; } = new();

    public List<SyntaxElement> Invokes { get; } = new();

    /// <summary>The &lt;data&gt; elements of this state's &lt;datamodel&gt; (for the root: the top-level datamodel).</summary>
    public List<SyntaxElement> Data { get; } = new();

    public SyntaxElement? DoneData { get; internal set; }

    public bool IsAtomic => Kind == StateKind.Atomic;

    public bool IsCompound => Kind is StateKind.Compound or StateKind.Root;

    /// <summary>The proper ancestors, nearest first (the root last).</summary>
    public IEnumerable<StateNode> Ancestors()
    {
        for (var s = Parent; s != null; s = s.Parent)
        {
            yield return s;
        }
    }

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

    public override string ToString() => Id ?? $"<{Element.LocalName}>#{DocumentOrder}";
}
