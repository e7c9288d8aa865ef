namespace OrsCompiler.Analysis;

/// <summary>
/// Watches <see cref="DocumentAnalyzer"/> stage by stage and rule by rule (the lint profiler in benchmarks uses it to
/// time and weigh each). Normal analyses have none.
/// </summary>
internal interface IAnalysisProbe
{
    /// <summary>A stage or rule is about to run.</summary>
    void Begin();

    /// <summary>The stage or rule begun last has finished; <paramref name="name"/> says which.</summary>
    void End(string name);
}
