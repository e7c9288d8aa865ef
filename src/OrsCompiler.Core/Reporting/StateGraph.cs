using System.Collections.Generic;

namespace OrsCompiler.Reporting;

/// <summary>
/// A statechart as a diagram: the top-level states (compound and parallel ones nest their children), the transitions
/// between drawn states, and a legend of the restart-safety rules that flag states. Built by <see cref="StateGraphBuilder"/>.
/// </summary>
public sealed class StateGraph
{
    internal StateGraph(string title)
    {
        Title = title;
    }

    /// <summary>The document's <c>name</c>, or its file name.</summary>
    public string Title { get; }

    /// <summary>The states directly under &lt;scxml&gt;, in document order.</summary>
    public List<GraphState> States { get; } = new();

    /// <summary>The state the document starts in, when there is one to draw.</summary>
    public GraphState? InitialState { get; internal set; }

    /// <summary>In document order of the transitions; an initial attribute or &lt;initial&gt; is drawn as the parent's initial marker, not here.</summary>
    public List<GraphTransition> Transitions { get; } = new();

    /// <summary>Rule ID to title, for every rule that flags a drawn state, sorted by ID.</summary>
    public SortedDictionary<string, string> Legend { get; } = new(System.StringComparer.Ordinal);

    /// <summary>Restart-safety rule IDs reported on the document itself rather than inside a drawn state.</summary>
    public SortedSet<string> DocumentFlags { get; } = new(System.StringComparer.Ordinal);

    /// <summary>How many Composer plumbing states were folded away in all.</summary>
    public int HiddenPlumbing { get; internal set; }

    /// <summary>Every drawn state, parents before children, in document order.</summary>
    public IEnumerable<GraphState> AllStates()
    {
        var stack = new Stack<GraphState>();
        for (var i = States.Count - 1; i >= 0; i--)
        {
            stack.Push(States[i]);
        }

        while (stack.Count > 0)
        {
            var state = stack.Pop();
            yield return state;
            for (var i = state.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(state.Children[i]);
            }
        }
    }
}
