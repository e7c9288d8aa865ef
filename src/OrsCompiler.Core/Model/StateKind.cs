namespace OrsCompiler.Model;

public enum StateKind
{
    /// <summary>The &lt;scxml&gt; element: the parent of the top-level states.</summary>
    Root,
    Atomic,
    Compound,
    Parallel,
    Final,
    History,
}
