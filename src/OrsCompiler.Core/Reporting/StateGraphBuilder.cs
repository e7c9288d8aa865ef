using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Reporting;

/// <summary>
/// Turns a state chart and its diagnostics into a <see cref="StateGraph"/>. Plumbing states, unless shown, fold away:
/// a compound one lends its children to its parent (and its transitions start at the nearest drawn ancestor), an atomic
/// one disappears with its own transitions (arrows into it go on to where it leads, or end at its nearest drawn ancestor).
/// </summary>
public static class StateGraphBuilder
{
    public const string RestartSafetyPrefix = "ORS4";

    /// <summary>The graph of an analysed document; null when no chart could be built (e.g. the XML is not well formed).</summary>
    public static StateGraph? Build(AnalysisResult analysis, StateGraphOptions? options = null) =>
        analysis.Chart == null ? null : Build(analysis.Chart, analysis.Diagnostics, options);

    public static StateGraph Build(StateChart chart, IReadOnlyList<Diagnostic> diagnostics, StateGraphOptions? options = null) =>
        new Builder(chart, options ?? StateGraphOptions.Default).Build(diagnostics);

    private sealed class Builder
    {
        private readonly StateChart _chart;
        private readonly StateGraphOptions _options;
        private readonly Dictionary<StateNode, GraphState> _drawn = new();
        private readonly Dictionary<string, int> _idCounts = new(StringComparer.Ordinal);
        private readonly StateGraph _graph;

        public Builder(StateChart chart, StateGraphOptions options)
        {
            _chart = chart;
            _options = options;
            _graph = new StateGraph(chart.Name ?? Path.GetFileNameWithoutExtension(chart.Tree.Document.Path));
            foreach (var state in chart.States)
            {
                if (state.Id != null)
                {
                    _idCounts[state.Id] = _idCounts.TryGetValue(state.Id, out var n) ? n + 1 : 1;
                }
            }
        }

        public StateGraph Build(IReadOnlyList<Diagnostic> diagnostics)
        {
            foreach (var child in _chart.Root.Children)
            {
                Visit(child, null, _graph.States);
            }

            _graph.InitialState = InitialOf(_chart.Root, null);
            foreach (var pair in _drawn)
            {
                if (pair.Value.Kind == GraphStateKind.Compound)
                {
                    pair.Value.InitialChild = InitialOf(pair.Key, pair.Value);
                }
            }

            AddActions();
            AddIncludedWorkflows();
            AddTransitions();
            AddFlags(diagnostics);
            return _graph;
        }

        private bool IsHidden(StateNode state) => !_options.ShowPlumbing && ComposerPlumbing.IsPlumbing(state.Id);

        private void Visit(StateNode state, GraphState? parent, List<GraphState> container)
        {
            if (IsHidden(state))
            {
                _graph.HiddenPlumbing++;
                if (parent != null)
                {
                    parent.HiddenPlumbing++;
                }

                if (state.Kind is StateNodeKind.Compound or StateNodeKind.Parallel)
                {
                    foreach (var child in state.Children)
                    {
                        Visit(child, parent, container);
                    }
                }

                return;
            }

            var drawn = new GraphState(KeyOf(state), state.Id ?? "<" + state.Element.LocalName + ">", KindOf(state));
            drawn.Parent = parent;
            _drawn.Add(state, drawn);
            container.Add(drawn);
            foreach (var child in state.Children)
            {
                Visit(child, drawn, drawn.Children);
            }
        }

        private string KeyOf(StateNode state) =>
            state.Id != null && _idCounts[state.Id] == 1 ? state.Id : $"{state.Id ?? state.Element.LocalName}#{state.DocumentOrder}";

        private static GraphStateKind KindOf(StateNode state) => state.Kind switch
        {
            StateNodeKind.Compound => GraphStateKind.Compound,
            StateNodeKind.Parallel => GraphStateKind.Parallel,
            StateNodeKind.Final => GraphStateKind.Final,
            StateNodeKind.History => GraphStateKind.History,
            _ => GraphStateKind.Atomic,
        };

        /// <summary>The drawn state that stands for this one: itself, or its nearest drawn ancestor.</summary>
        private GraphState? Representative(StateNode? state)
        {
            for (var s = state; s != null; s = s.Parent)
            {
                if (_drawn.TryGetValue(s, out var drawn))
                {
                    return drawn;
                }
            }

            return null;
        }

        /// <summary>Where entering this state lands in the drawing: a hidden compound state is entered through its initial child.</summary>
        private GraphState? Entered(StateNode state)
        {
            var current = state;
            for (var steps = 0; steps < _chart.States.Count; steps++)
            {
                if (_drawn.TryGetValue(current, out var drawn))
                {
                    return drawn;
                }

                if (current.Kind is not (StateNodeKind.Compound or StateNodeKind.Parallel))
                {
                    break;
                }

                var next = DefaultChild(current);
                if (next == null)
                {
                    break;
                }

                current = next;
            }

            return Representative(state.Parent);
        }

        private static StateNode? DefaultChild(StateNode state)
        {
            if (state.InitialTransition is { } initial && initial.Targets.Count > 0)
            {
                return initial.Targets[0];
            }

            foreach (var child in state.Children)
            {
                if (child.Kind != StateNodeKind.History)
                {
                    return child;
                }
            }

            return null;
        }

        /// <summary>
        /// Where an arrow into this state ends: the state itself or its entered child; for a hidden atomic state, the
        /// drawn states its own transitions lead to (plumbing passed through), else its nearest drawn ancestor.
        /// </summary>
        private IEnumerable<GraphState> Reached(StateNode target)
        {
            if (_drawn.ContainsKey(target) || target.Kind is StateNodeKind.Compound or StateNodeKind.Parallel)
            {
                var entered = Entered(target);
                return entered == null ? Array.Empty<GraphState>() : new[] { entered };
            }

            var reached = new List<GraphState>();
            var visited = new HashSet<StateNode> { target };
            var pending = new Queue<StateNode>();
            pending.Enqueue(target);
            while (pending.Count > 0)
            {
                var hidden = pending.Dequeue();
                foreach (var next in hidden.Transitions.SelectMany(t => t.Targets))
                {
                    if (!visited.Add(next))
                    {
                        continue;
                    }

                    if (!_drawn.ContainsKey(next) && next.Kind is not (StateNodeKind.Compound or StateNodeKind.Parallel))
                    {
                        pending.Enqueue(next);
                    }
                    else if (Entered(next) is { } entered && !reached.Contains(entered))
                    {
                        reached.Add(entered);
                    }
                }
            }

            if (reached.Count == 0 && Representative(target.Parent) is { } ancestor)
            {
                reached.Add(ancestor);
            }

            return reached;
        }

        /// <summary>The drawn child a compound state (or the root) starts in; null when it lands outside the drawn state.</summary>
        private GraphState? InitialOf(StateNode state, GraphState? drawnState)
        {
            var first = DefaultChild(state);
            if (first == null)
            {
                return null;
            }

            var entered = Entered(first);
            if (entered == null || entered == drawnState)
            {
                return null;
            }

            var container = drawnState?.Children ?? _graph.States;
            return container.Contains(entered) ? entered : null;
        }

        private void AddTransitions()
        {
            var seen = new HashSet<(GraphState, GraphState, string)>();
            foreach (var transition in _chart.Transitions)
            {
                if (transition.Role != TransitionRole.Normal || transition.Targets.Count == 0)
                {
                    continue;
                }

                // A hidden atomic state's own transitions are plumbing; a hidden compound state's belong to its drawn ancestor.
                var source = _drawn.TryGetValue(transition.Source, out var drawnSource)
                    ? drawnSource
                    : transition.Source.Kind is StateNodeKind.Compound or StateNodeKind.Parallel ? Representative(transition.Source.Parent) : null;
                if (source == null)
                {
                    continue;
                }

                var label = LabelOf(transition);
                foreach (var target in transition.Targets)
                {
                    foreach (var drawnTarget in Reached(target))
                    {
                        if (seen.Add((source, drawnTarget, label)))
                        {
                            _graph.Transitions.Add(new GraphTransition(source, drawnTarget, label));
                        }
                    }
                }
            }
        }

        private string LabelOf(TransitionNode transition)
        {
            var events = string.Join(" ", transition.Events);
            var cond = transition.Cond?.Value;
            if (string.IsNullOrWhiteSpace(cond))
            {
                return events;
            }

            var shortened = "[" + ConditionText.Shorten(cond!, _options.MaxConditionLength) + "]";
            return events.Length == 0 ? shortened : events + " " + shortened;
        }

        // ORS actions: elements of a Genesys module that are not parts of another such element (queue:target in queue:submit).
        private void AddActions()
        {
            foreach (var state in _chart.States)
            {
                if (state.Kind == StateNodeKind.Root || Representative(state) is not { } drawn)
                {
                    continue;
                }

                var blocks = state.OnEntry.Concat(state.OnExit).Concat(state.Transitions.Where(t => t.Element != null).Select(t => t.Element!));
                var names = new List<string>();
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var block in blocks)
                {
                    foreach (var element in block.DescendantsAndSelf())
                    {
                        if (IsModuleElement(element) && !(element.Parent != null && IsModuleElement(element.Parent)))
                        {
                            if (counts.TryGetValue(element.Name, out var count))
                            {
                                counts[element.Name] = count + 1;
                            }
                            else
                            {
                                names.Add(element.Name);
                                counts[element.Name] = 1;
                            }
                        }
                    }
                }

                foreach (var name in names)
                {
                    var text = counts[name] == 1 ? name : name + " x" + counts[name];
                    if (!drawn.Actions.Contains(text))
                    {
                        drawn.Actions.Add(text);
                    }
                }
            }
        }

        private static bool IsModuleElement(SyntaxElement element) =>
            element.NamespaceUri.StartsWith(ScxmlNames.GenesysModulePrefix, StringComparison.Ordinal);

        // A state whose element came from another file than its parent's is the root of an XIncluded subtree.
        private void AddIncludedWorkflows()
        {
            foreach (var state in _chart.States)
            {
                if (state.Parent == null || ReferenceEquals(state.Element.Document, state.Parent.Element.Document))
                {
                    continue;
                }

                // The include spliced either this state or the included document's root around it.
                var resolveId = state.Element.ResolveId
                    ?? (ReferenceEquals(state.Element.Parent?.Document, state.Element.Document) ? state.Element.Parent!.ResolveId : null);
                var file = Path.GetFileName(state.Element.Document.Path);
                var holder = _drawn.TryGetValue(state, out var self) && self.IsCluster ? self : Representative(state.Parent);
                if (holder == null)
                {
                    continue;
                }

                holder.IncludedWorkflow = resolveId != null ? $"{resolveId} ({file})" : file;
                if (resolveId == null)
                {
                    continue;
                }

                foreach (var drawn in Descendants(holder))
                {
                    if (drawn.Label.StartsWith(resolveId + ".", StringComparison.Ordinal))
                    {
                        drawn.ShortLabel = drawn.Label.Substring(resolveId.Length + 1);
                    }
                }
            }
        }

        private static IEnumerable<GraphState> Descendants(GraphState state)
        {
            foreach (var child in state.Children)
            {
                yield return child;
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }

        // A restart-safety finding flags the innermost state around it (or the document, for one on <scxml>).
        private void AddFlags(IReadOnlyList<Diagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                if (!diagnostic.Id.StartsWith(RestartSafetyPrefix, StringComparison.Ordinal) || diagnostic.Severity == DiagnosticSeverity.None)
                {
                    continue;
                }

                StateNode? innermost = null;
                foreach (var state in _chart.States)
                {
                    if (state.Kind != StateNodeKind.Root
                        && state.Element.Document.Path == diagnostic.Location.FilePath
                        && state.Element.Span.Contains(diagnostic.Location.Span.Start)
                        && (innermost == null || state.Depth > innermost.Depth))
                    {
                        innermost = state;
                    }
                }

                var flagged = Representative(innermost);
                if (flagged != null)
                {
                    flagged.Flags.Add(diagnostic.Id);
                }
                else
                {
                    _graph.DocumentFlags.Add(diagnostic.Id);
                }

                _graph.Legend[diagnostic.Id] = diagnostic.Descriptor.Title;
            }
        }
    }
}
