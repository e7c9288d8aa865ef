namespace OrsCompiler.Model;

public enum StateNodeKind
{
    /// <summary>The &lt;scxml&gt; element: the parent of the top-level states.</summary>
    Root,
    Atomic,
    Compound,
    Parallel,
    Final,
    History,
}
