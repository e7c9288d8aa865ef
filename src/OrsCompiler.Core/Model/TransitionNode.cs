using System.Collections.Generic;
using OrsCompiler.Collections;
using OrsCompiler.Syntax;

namespace OrsCompiler.Model;

/// <summary>A transition with its descriptors, condition and targets resolved against the chart.</summary>
public sealed class TransitionNode
{
    // Filled by the builder when it resolves targets; most transitions have one target, many none.
    private List<StateNode>? _targets;
    private List<string>? _unresolvedTargetIds;

    internal TransitionNode(StateNode source, SyntaxElement? element, SyntaxAttribute? targetAttribute, TransitionRole role, int documentOrder)
    {
        Source = source;
        Element = element;
        TargetAttribute = targetAttribute;
        Role = role;
        DocumentOrder = documentOrder;
        // Read once: the restart-safety analyses ask for them for every transition, often more than once.
        EventAttribute = element?.GetAttribute("event");
        Cond = element?.GetAttribute("cond");
        Events = EventNames.Split(EventAttribute?.Value);
        TargetIds = EventNames.Split(targetAttribute?.Value);
    }

    public StateNode Source { get; }

    /// <summary>The &lt;transition&gt; element; null for a transition made from an <c>initial</c> attribute.</summary>
    public SyntaxElement? Element { get; }

    public TransitionRole Role { get; }

    public int DocumentOrder { get; }

    /// <summary>The event descriptors; empty for an eventless transition.</summary>
    public IReadOnlyList<string> Events { get; }

    public SyntaxAttribute? EventAttribute { get; }

    public SyntaxAttribute? Cond { get; }

    /// <summary>The <c>target</c> attribute (or the state's <c>initial</c> attribute).</summary>
    public SyntaxAttribute? TargetAttribute { get; }

    public IReadOnlyList<string> TargetIds { get; }

    /// <summary>The targets that resolved, in the order written.</summary>
    public ReadOnlyListView<StateNode> Targets => new(_targets);

    /// <summary>The target ids that name no state.</summary>
    public ReadOnlyListView<string> UnresolvedTargetIds => new(_unresolvedTargetIds);

    internal void AddTarget(StateNode target) => (_targets ??= new(TargetIds.Count)).Add(target);

    internal void AddUnresolvedTargetId(string id) => (_unresolvedTargetIds ??= new()).Add(id);

    /// <summary>True for <c>type="internal"</c>.</summary>
    public bool IsInternal => Element?.GetAttributeValue("type") == "internal";

    public bool IsEventless => Events.Count == 0;

    public bool IsTargetless => TargetIds.Count == 0;

    /// <summary>The executable content: the transition element's child elements.</summary>
    public IEnumerable<SyntaxElement> Actions => Element?.Elements ?? System.Linq.Enumerable.Empty<SyntaxElement>();

    /// <summary>Where diagnostics about the transition point.</summary>
    public Text.Location Location => Element?.NameLocation ?? TargetAttribute?.Location ?? Source.Element.NameLocation;

    // Identity equality; the document order makes a cheap hash (see StateNode).
    public override int GetHashCode() => DocumentOrder;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override string ToString() =>
        $"{Source} --[{string.Join(" ", Events)}]--> {string.Join(" ", TargetIds)}";
}
