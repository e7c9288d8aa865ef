namespace OrsCompiler.Reporting;

/// <summary>An arrow between two drawn states, labelled with its event and shortened condition.</summary>
public sealed class GraphTransition
{
    internal GraphTransition(GraphState source, GraphState target, string label)
    {
        Source = source;
        Target = target;
        Label = label;
    }

    public GraphState Source { get; }

    public GraphState Target { get; }

    /// <summary>"event [cond]", "event", "[cond]" or empty for an eventless, unconditional transition.</summary>
    public string Label { get; }

    public override string ToString() => $"{Source.Key} -> {Target.Key} : {Label}";
}
