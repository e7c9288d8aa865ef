namespace OrsCompiler.Runtime.Model;

/// <summary>What a state is. The numeric values are part of the blob format: never renumber.</summary>
public enum StateKind
{
    /// <summary>The <c>&lt;scxml&gt;</c> element itself, always state 0.</summary>
    Root = 0,
    Atomic = 1,
    Compound = 2,
    Parallel = 3,
    Final = 4,
    HistoryShallow = 5,
    HistoryDeep = 6,
}
