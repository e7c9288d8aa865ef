namespace OrsCompiler.Reporting;

/// <summary>What a diagram shows.</summary>
public sealed class StateGraphOptions
{
    public static StateGraphOptions Default { get; } = new();

    /// <summary>Draw Composer's plumbing states (<c>_composer_*</c>, <c>_reserved_*</c>) instead of folding them away.</summary>
    public bool ShowPlumbing { get; init; }

    /// <summary>Conditions longer than this are cut with an ellipsis in transition labels.</summary>
    public int MaxConditionLength { get; init; } = 40;
}
