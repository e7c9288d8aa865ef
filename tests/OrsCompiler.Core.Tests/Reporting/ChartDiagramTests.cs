using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Model;
using OrsCompiler.Reporting;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>
/// The DOT and Mermaid text of every example strategy (and of the Composer fixtures with their plumbing shown) against
/// the chart the analyser builds: every state where the chart nests it, every transition with its events, the
/// initial and final markers, and every restart-safety finding in the legend.
/// </summary>
public class ChartDiagramTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var example in DiagramDocuments.Examples())
        {
            data.Add(Path.Combine(DiagramDocuments.ExamplesFolder, example));
        }

        data.Add(DiagramDocuments.ComposerFixture);
        data.Add(DiagramDocuments.SharedComposerFixture);
        foreach (var document in DiagramDocuments.ComposerProjectDocuments())
        {
            data.Add(document);
        }

        return data;
    }

    [Fact]
    public void The_examples_folder_has_strategies_to_draw() => Assert.True(DiagramDocuments.Examples().Length >= 3);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Dot_has_every_state_in_its_cluster_and_every_transition(string path)
    {
        var analysis = DiagramDocuments.Analyze(path);
        var chart = analysis.Chart!;
        var graph = StateGraphBuilder.Build(analysis, new StateGraphOptions { ShowPlumbing = true })!;
        var dot = DotStructure.Parse(DotWriter.Write(graph));

        foreach (var state in chart.States.Where(s => s.Kind != StateNodeKind.Root))
        {
            var parentCluster = state.Parent!.Kind == StateNodeKind.Root ? null : "cluster_" + state.Parent.Id;
            if (state.Kind is StateNodeKind.Compound or StateNodeKind.Parallel)
            {
                Assert.Equal(parentCluster, dot.ClusterParents["cluster_" + state.Id]);
                Assert.StartsWith(Escape(Short(graph, state)), dot.ClusterLabels["cluster_" + state.Id]);
            }
            else
            {
                Assert.Equal(parentCluster, dot.NodeClusters[state.Id!]);
                Assert.StartsWith("label=\"" + Escape(Short(graph, state)), dot.NodeAttributes[state.Id!]);
                Assert.Equal(state.Kind == StateNodeKind.Final, dot.NodeAttributes[state.Id!].Contains("shape=doublecircle", StringComparison.Ordinal));
            }
        }

        foreach (var transition in chart.Transitions.Where(t => t.Role == TransitionRole.Normal && t.Targets.Count > 0))
        {
            foreach (var target in transition.Targets)
            {
                var from = NodeName(transition.Source);
                var to = NodeName(target);
                Assert.Contains(dot.Edges, e => e.From == from && e.To == to
                    && DotStructure.LabelOf(e.Attributes).StartsWith(Escape(string.Join(" ", transition.Events)), StringComparison.Ordinal));
            }
        }

        var initial = FirstChild(chart.Root);
        Assert.Contains(dot.Edges, e => e.From == "[*]" && e.To == NodeName(initial));
        foreach (var compound in chart.States.Where(s => s.Kind == StateNodeKind.Compound && s.Children.Count > 0))
        {
            Assert.Contains(dot.Edges, e => e.From == compound.Id + "::initial" && e.To == NodeName(FirstChild(compound)));
        }

        var findings = analysis.Diagnostics.Where(d => d.Id.StartsWith("ORS4", StringComparison.Ordinal)).Select(d => d.Id).Distinct().ToList();
        if (findings.Count > 0)
        {
            var legend = dot.NodeAttributes["legend"];
            Assert.All(findings, id => Assert.Contains(id + ": ", legend, StringComparison.Ordinal));
        }
        else
        {
            Assert.False(dot.NodeAttributes.ContainsKey("legend"));
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Mermaid_has_every_state_in_its_composite_and_every_transition(string path)
    {
        var analysis = DiagramDocuments.Analyze(path);
        var chart = analysis.Chart!;
        var graph = StateGraphBuilder.Build(analysis, new StateGraphOptions { ShowPlumbing = true })!;
        var text = MermaidWriter.Write(graph);
        Assert.StartsWith("---\ntitle: ", text, StringComparison.Ordinal);
        Assert.Contains("\nstateDiagram-v2\n", text, StringComparison.Ordinal);
        var mermaid = MermaidStructure.Parse(text);

        // Mermaid names states s1, s2...: map them back through their labels and nesting.
        var names = new Dictionary<StateNode, string>();
        foreach (var state in chart.States.Where(s => s.Kind != StateNodeKind.Root))
        {
            var parent = state.Parent!.Kind == StateNodeKind.Root ? null : names[state.Parent];
            var name = Assert.Single(mermaid.Labels, l => l.Value.StartsWith(Short(graph, state), StringComparison.Ordinal) && mermaid.Parents[l.Key] == parent
                && (l.Value.Length == Short(graph, state).Length || l.Value[Short(graph, state).Length] == ' ')).Key;
            names[state] = name;
            if (state.Kind == StateNodeKind.Final)
            {
                Assert.Contains(mermaid.Transitions, t => t.From == name && t.To == "[*]" && t.Scope == parent);
            }
        }

        foreach (var transition in chart.Transitions.Where(t => t.Role == TransitionRole.Normal && t.Targets.Count > 0))
        {
            foreach (var target in transition.Targets)
            {
                Assert.Contains(mermaid.Transitions, t => t.From == names[transition.Source] && t.To == names[target]
                    && t.Label.StartsWith(string.Join(" ", transition.Events), StringComparison.Ordinal));
            }
        }

        Assert.Contains(mermaid.Transitions, t => t.From == "[*]" && t.To == names[FirstChild(chart.Root)] && t.Scope == null);
        foreach (var compound in chart.States.Where(s => s.Kind == StateNodeKind.Compound && s.Children.Count > 0))
        {
            Assert.Contains(mermaid.Transitions, t => t.From == "[*]" && t.To == names[FirstChild(compound)] && t.Scope == names[compound]);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Output_is_the_same_for_every_run(string path)
    {
        var first = StateGraphBuilder.Build(DiagramDocuments.Analyze(path))!;
        var second = StateGraphBuilder.Build(DiagramDocuments.Analyze(path))!;
        Assert.Equal(DotWriter.Write(first), DotWriter.Write(second));
        Assert.Equal(MermaidWriter.Write(first), MermaidWriter.Write(second));
    }

    [Fact]
    public void Restart_safety_findings_flag_states_in_red_and_fill_the_legend()
    {
        var path = Path.Combine(DiagramDocuments.ExamplesFolder, "RestartUnsafeVoiceRouting.scxml");
        var analysis = DiagramDocuments.Analyze(path);
        var graph = StateGraphBuilder.Build(analysis)!;
        var reported = analysis.Diagnostics.Where(d => d.Id.StartsWith("ORS4", StringComparison.Ordinal)).Select(d => d.Id).ToHashSet();
        Assert.NotEmpty(reported);

        var flagged = graph.AllStates().Where(s => s.Flags.Count > 0).ToList();
        Assert.NotEmpty(flagged);
        Assert.Equal(reported.OrderBy(i => i), graph.AllStates().SelectMany(s => s.Flags).Concat(graph.DocumentFlags).Distinct().OrderBy(i => i));
        Assert.Equal(reported.OrderBy(i => i), graph.Legend.Keys);

        var dot = DotStructure.Parse(DotWriter.Write(graph));
        foreach (var state in flagged.Where(s => !s.IsCluster))
        {
            Assert.Contains("color=\"" + DotWriter.FlagColor + "\"", dot.NodeAttributes[state.Key], StringComparison.Ordinal);
            Assert.All(state.Flags, id => Assert.Contains("! " + id, dot.NodeAttributes[state.Key], StringComparison.Ordinal));
        }

        var mermaid = MermaidStructure.Parse(MermaidWriter.Write(graph));
        var classLine = Assert.Single(mermaid.ClassLines, l => l.StartsWith("class ", StringComparison.Ordinal));
        Assert.EndsWith(" " + MermaidWriter.FlagClass, classLine, StringComparison.Ordinal);
        Assert.Equal(flagged.Count + 1, classLine.Split(' ')[1].Split(',').Length);
    }

    [Fact]
    public void Ors_actions_are_summarised_on_the_states_that_run_them()
    {
        var graph = StateGraphBuilder.Build(DiagramDocuments.Analyze(DiagramDocuments.ComposerFixture))!;
        var byKey = graph.AllStates().ToDictionary(s => s.Key);
        Assert.Equal(new[] { "dialog:playandcollect" }, byKey["MainWorkflow.Menu"].Actions);
        Assert.Equal(new[] { "queue:submit" }, byKey["MainWorkflow.RouteToSales"].Actions);
        Assert.Empty(byKey["WaitForInteraction"].Actions);
    }

    [Fact]
    public void Long_conditions_are_shortened_with_an_ellipsis_and_whitespace_collapsed()
    {
        Assert.Equal("a == 1 && b", ConditionText.Shorten("  a == 1\n   && b ", 40));
        Assert.Equal("_event.data.requestid ==\u2026", ConditionText.Shorten("_event.data.requestid == App_Menu['requestid']", 25));
    }

    private static StateNode FirstChild(StateNode state) =>
        state.InitialTransition is { Targets.Count: > 0 } initial ? initial.Targets[0] : state.Children.First(c => c.Kind != StateNodeKind.History);

    private static string NodeName(StateNode state) =>
        state.Kind is StateNodeKind.Compound or StateNodeKind.Parallel ? state.Id + "::anchor" : state.Id!;

    // The label the graph gives a state: its id, without the resolveid prefix inside an included workflow.
    private static string Short(StateGraph graph, StateNode state) => graph.AllStates().Single(s => s.Key == state.Id).ShortLabel;

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
