using System.Collections.Generic;
using System.Threading;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// An immutable compiled SCXML document, safe to share across threads: everything an engine needs to run the strategy
/// without touching XML again. Build one with object initializers (collections are copied), then call
/// <see cref="Validate"/>; <see cref="OrsDocumentLoader"/> hands back validated documents only.
/// </summary>
public sealed class CompiledDocument
{
    private readonly CompiledState[] _states = [];
    private readonly CompiledTransition[] _transitions = [];
    private readonly CompiledAction[] _script = [];
    private CompiledData[]? _allData;
    private int[]? _subtreeEnds;

    public CompiledDocument()
    {
    }

    /// <summary>For the loader: takes ownership of arrays nobody else holds, without copying them.</summary>
    internal CompiledDocument(CompiledState[] states, CompiledTransition[] transitions, CompiledAction[] script, int[] subtreeEnds)
    {
        _states = states;
        _transitions = transitions;
        _script = script;
        _subtreeEnds = subtreeEnds;
    }

    /// <summary>The blob header the document was loaded from; a default header for a document not loaded from a blob.</summary>
    public BlobHeader Header { get; init; } = new();

    /// <summary>The <c>name</c> attribute of <c>&lt;scxml&gt;</c>, or empty.</summary>
    public string Name { get; init; } = "";

    /// <summary>The datamodel: always <c>ecmascript</c> for ORS (written <c>profile</c> in the 2009 draft ORS follows).</summary>
    public string DatamodelKind { get; init; } = "ecmascript";

    public BindingMode Binding { get; init; }

    /// <summary>The ORS <c>_persist</c> root attribute, or null when absent.</summary>
    public bool? Persist { get; init; }

    /// <summary>The ORS <c>_sendSessionRecovered</c> root attribute, or null when absent.</summary>
    public bool? SendSessionRecovered { get; init; }

    /// <summary><c>w3c</c> for a standard document, <c>ors</c> for one using Genesys extensions.</summary>
    public string Dialect { get; init; } = "w3c";

    /// <summary>All states in document order; index 0 is the root (<see cref="StateKind.Root"/>).</summary>
    public IReadOnlyList<CompiledState> States { get => _states; init => _states = ImmutableArrays.Copy(value); }

    /// <summary>All transitions in document order, initial and history default transitions included.</summary>
    public IReadOnlyList<CompiledTransition> Transitions { get => _transitions; init => _transitions = ImmutableArrays.Copy(value); }

    /// <summary>The top-level <c>&lt;script&gt;</c> elements, run once after the data model is initialized.</summary>
    public IReadOnlyList<CompiledAction> Script { get => _script; init => _script = ImmutableArrays.Copy(value); }

    // The arrays behind States and Transitions, for the validator's loops (no interface dispatch per element).
    internal CompiledState[] StateArray => _states;

    internal CompiledTransition[] TransitionArray => _transitions;

    /// <summary>The root pseudo-state.</summary>
    public CompiledState Root => _states[0];

    /// <summary>Index of the root's initial transition.</summary>
    public int InitialTransition => _states.Length == 0 ? -1 : _states[0].InitialTransition;

    /// <summary>Every data declaration of the document in document order (the root's first, then each state's).</summary>
    public IReadOnlyList<CompiledData> DataDeclarations => _allData ?? Publish(ref _allData, CollectData());

    /// <summary>True when <paramref name="state"/> is a proper descendant of <paramref name="ancestor"/>.</summary>
    public bool IsDescendant(int state, int ancestor) => ancestor < state && state < SubtreeEnds[ancestor];

    /// <summary>For each state, one past its last descendant: descendants of a state form a contiguous index range.</summary>
    internal int[] SubtreeEnds => _subtreeEnds ?? Publish(ref _subtreeEnds, ComputeSubtreeEnds(_states));

    /// <summary>Computes subtree ends from the depths in O(n): each state's end jumps over its children's subtrees.</summary>
    internal static int[] ComputeSubtreeEnds(CompiledState[] states)
    {
        var ends = new int[states.Length];
        for (var i = states.Length - 1; i >= 0; i--)
        {
            var end = i + 1;
            while (end < states.Length && states[end].Depth > states[i].Depth)
            {
                end = ends[end];
            }

            ends[i] = end;
        }

        return ends;
    }

    /// <summary>Checks every index and structural invariant; an engine may then index without bounds worries.</summary>
    /// <exception cref="InvalidDocumentBlobException">The document is inconsistent; the message names the first problem.</exception>
    public void Validate() => DocumentValidator.Validate(this);

    public override string ToString() => Name + " (" + _states.Length + " states, " + _transitions.Length + " transitions)";

    // Lazily computed members: the first value published wins, so every reader sees the same complete array. (Not
    // LazyInitializer with a lambda: that allocates a delegate on every access, and IsDescendant is on hot paths.)
    private static T Publish<T>(ref T? field, T value)
        where T : class => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private CompiledData[] CollectData()
    {
        var all = new List<CompiledData>();
        foreach (var state in _states)
        {
            all.AddRange(state.DataDeclarations);
        }

        return all.ToArray();
    }
}
