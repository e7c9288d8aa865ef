namespace OrsCompiler.Reporting;

/// <summary>How a state is drawn: atomic states are boxes, compound and parallel states clusters.</summary>
public enum GraphStateKind
{
    Atomic,
    Compound,
    Parallel,
    Final,
    History,
}
