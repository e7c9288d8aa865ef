using System.Collections.Generic;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// One state of the flattened state tree. States are numbered in document order (pre-order), so a parent always has a
/// smaller index than its children and a state's descendants follow it contiguously.
/// </summary>
public sealed class CompiledState
{
    private readonly int[] _transitions = [];
    private readonly IReadOnlyList<CompiledAction>[] _onEntry = [];
    private readonly IReadOnlyList<CompiledAction>[] _onExit = [];
    private readonly CompiledAction[] _invokes = [];
    private readonly CompiledData[] _dataDeclarations = [];

    // Not readonly only so that the loader can attach a state to the tree once all states are read (AttachToTree).
    private int[] _children = [];
    private int _depth;

    public CompiledState()
    {
    }

    /// <summary>For the loader: takes ownership of arrays nobody else holds, without copying them.</summary>
    internal CompiledState(int[] transitions, IReadOnlyList<CompiledAction>[] onEntry, IReadOnlyList<CompiledAction>[] onExit, CompiledAction[] invokes, CompiledData[] dataDeclarations)
    {
        _transitions = transitions;
        _onEntry = onEntry;
        _onExit = onExit;
        _invokes = invokes;
        _dataDeclarations = dataDeclarations;
    }

    /// <summary>Position in <see cref="CompiledDocument.States"/>; 0 is the root.</summary>
    public int Index { get; init; }

    /// <summary>The <c>id</c> attribute; the compiler generates one for states written without.</summary>
    public string Id { get; init; } = "";

    public StateKind Kind { get; init; }

    /// <summary>Index of the parent state, -1 for the root.</summary>
    public int Parent { get; init; } = -1;

    /// <summary>Indices of the child states in document order (history states included).</summary>
    public IReadOnlyList<int> Children { get => _children; init => _children = ImmutableArrays.Copy(value); }

    /// <summary>Distance from the root (the root is 0, its children 1...).</summary>
    public int Depth { get => _depth; init => _depth = value; }

    /// <summary>
    /// Index in <see cref="CompiledDocument.Transitions"/> of the initial transition of a compound state or the root
    /// (the default initial is resolved by the compiler), or of the default transition of a history state; -1 otherwise.
    /// </summary>
    public int InitialTransition { get; init; } = -1;

    /// <summary>Indices of the state's own <c>&lt;transition&gt;</c> elements in document order.</summary>
    public IReadOnlyList<int> Transitions { get => _transitions; init => _transitions = ImmutableArrays.Copy(value); }

    /// <summary>One block per <c>&lt;onentry&gt;</c> element: an error in a block ends that block only.</summary>
    public IReadOnlyList<IReadOnlyList<CompiledAction>> OnEntry { get => _onEntry; init => _onEntry = ImmutableArrays.CopyBlocks(value); }

    /// <summary>One block per <c>&lt;onexit&gt;</c> element.</summary>
    public IReadOnlyList<IReadOnlyList<CompiledAction>> OnExit { get => _onExit; init => _onExit = ImmutableArrays.CopyBlocks(value); }

    /// <summary>The state's <c>&lt;invoke&gt;</c> elements (<see cref="ActionKind.Invoke"/>).</summary>
    public IReadOnlyList<CompiledAction> Invokes { get => _invokes; init => _invokes = ImmutableArrays.Copy(value); }

    /// <summary>The <c>&lt;donedata&gt;</c> of a final state (<see cref="ActionKind.DoneData"/>), or null.</summary>
    public CompiledAction? DoneData { get; init; }

    /// <summary>The state's own <c>&lt;datamodel&gt;</c> declarations (the root holds the top-level ones).</summary>
    public IReadOnlyList<CompiledData> DataDeclarations { get => _dataDeclarations; init => _dataDeclarations = ImmutableArrays.Copy(value); }

    public SourcePosition Position { get; init; }

    public bool IsAtomic => Kind is StateKind.Atomic or StateKind.Final;

    public bool IsHistory => Kind is StateKind.HistoryShallow or StateKind.HistoryDeep;

    /// <summary>Sets the derived tree data; called by the loader before the document is published, never after.</summary>
    internal void AttachToTree(int[] children, int depth)
    {
        _children = children;
        _depth = depth;
    }

    public override string ToString() => Index + ":" + Id + " (" + Kind + ")";
}
