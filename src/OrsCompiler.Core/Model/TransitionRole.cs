namespace OrsCompiler.Model;

public enum TransitionRole
{
    /// <summary>A &lt;transition&gt; of a state.</summary>
    Normal,

    /// <summary>The transition of an &lt;initial&gt; element, or one made from an <c>initial</c> attribute.</summary>
    Initial,

    /// <summary>The default transition of a &lt;history&gt; pseudo-state.</summary>
    HistoryDefault,
}
