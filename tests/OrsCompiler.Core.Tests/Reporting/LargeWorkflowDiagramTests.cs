using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Reporting;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>
/// Issue #16: a flat Composer workflow of 150 blocks (the 1,800-line one) drawn in rows so that Graphviz lays it out at
/// all. The timing is in benchmarks/ (<c>--graph-figures</c>); here the structure, and real SVG from the real dot.
/// </summary>
public class LargeWorkflowDiagramTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static StateGraph Graph(int blocks, bool composerPlumbing = true)
    {
        var analysis = DocumentAnalyzer.Analyze(new SourceDocument($"Flat{blocks}.scxml", LargeComposerWorkflow.Create(blocks, composerPlumbing)));
        return StateGraphBuilder.Build(analysis)!;
    }

    [Fact]
    public void The_generated_workflow_is_the_issues_1800_line_composer_workflow()
    {
        var source = LargeComposerWorkflow.Create(150);
        Assert.InRange(source.Count(c => c == '\n'), 1_800, 2_100);
        var graph = Graph(150);
        Assert.Equal(2, graph.HiddenPlumbing);
        Assert.Equal(153, graph.AllStates().Count()); // MainWorkflow, Entry1, 150 blocks, Exit1
        Assert.Contains(graph.Transitions, t => t.Source.Key == "Block7" && t.Target.Key == "Block52" && t.Label.StartsWith("error.queue.submit ", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_arrows_forward_within_a_row_place_states_the_others_are_constraint_false()
    {
        var graph = Graph(150);
        var text = DotWriter.Write(graph);
        var dot = DotStructure.Parse(text);

        // The workflow's states in document order, in rows of ten: Entry1, Block0..Block149, Exit1.
        var order = new List<string> { "Entry1" };
        order.AddRange(Enumerable.Range(0, 150).Select(LargeComposerWorkflow.BlockName));
        order.Add("Exit1");
        Assert.Equal(order, dot.NodeClusters.Where(n => n.Value == "cluster_MainWorkflow" && !n.Key.Contains("::", StringComparison.Ordinal)).Select(n => n.Key));

        var (constrained, free) = (0, 0);
        foreach (var edge in dot.Edges.Where(e => order.Contains(e.From) && order.Contains(e.To)))
        {
            int i = order.IndexOf(edge.From), j = order.IndexOf(edge.To);
            var expected = j > i && i / LargeGraphLayout.RowLength == j / LargeGraphLayout.RowLength;
            var unconstrained = edge.Attributes.Contains("constraint=false", StringComparison.Ordinal);
            Assert.True(expected != unconstrained, $"{edge.From} -> {edge.To} [{edge.Attributes}]");
            if (unconstrained)
            {
                free++;
                Assert.Contains($"color=\"{DotWriter.JumpColor}\"", edge.Attributes, StringComparison.Ordinal);
            }
            else
            {
                constrained++;
            }
        }

        // The main flow places states except where a row ends (Block8 -> Block9, ..., Block148 -> Block149: 15 times).
        Assert.Equal(150 - 15, dot.Edges.Count(e => !e.Attributes.Contains("constraint=false", StringComparison.Ordinal)
            && DotStructure.LabelOf(e.Attributes).StartsWith("queue.submit.done", StringComparison.Ordinal)));
        Assert.True(constrained > 100 && free > 100, $"{constrained} constrained, {free} free");

        // The same graph gives the same text.
        Assert.Equal(text, DotWriter.Write(Graph(150)));
    }

    [Fact]
    public void Arrows_into_the_common_exit_are_written_under_their_blocks_except_within_its_row()
    {
        var dot = DotStructure.Parse(DotWriter.Write(Graph(150)));

        // Exit1 is the 152nd state: in the row of Block149 only, whose arrows to it stay drawn.
        var intoExit = dot.Edges.Where(e => e.To == "Exit1").ToList();
        Assert.Equal(new[] { ("MainWorkflow::anchor", "error.*"), ("Block149", "queue.submit.done"), ("Block149", "error.*") },
            intoExit.Select(e => (e.From, DotStructure.LabelOf(e.Attributes).Split(' ')[0])).ToArray());
        Assert.All(intoExit, e => Assert.DoesNotContain("constraint=false", e.Attributes, StringComparison.Ordinal));
        for (var i = 0; i < 149; i++)
        {
            Assert.Contains("\\lerror.* → Exit1\\l", dot.NodeAttributes[LargeComposerWorkflow.BlockName(i)], StringComparison.Ordinal);
        }

        Assert.DoesNotContain("→", dot.NodeAttributes["Block149"], StringComparison.Ordinal);
        Assert.Contains("← 149 arrow(s) written at their source", dot.NodeAttributes["Exit1"], StringComparison.Ordinal);

        // Error jumps between blocks reach no hub: drawn, not written.
        Assert.Contains(dot.Edges, e => e.From == "Block7" && e.To == "Block52");
        Assert.DoesNotContain("error.queue.submit", dot.NodeAttributes["Block7"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_starts_at_40_drawn_states()
    {
        // Without plumbing: MainWorkflow, the blocks and Exit1.
        var below = DotWriter.Write(Graph(37, composerPlumbing: false));
        Assert.DoesNotContain("constraint=false", below, StringComparison.Ordinal);
        Assert.DoesNotContain("→", below, StringComparison.Ordinal);
        Assert.Equal(37, DotStructure.Parse(below).Edges.Count(e => e.To == "Exit1" && DotStructure.LabelOf(e.Attributes) == "error.*"));

        var at = DotWriter.Write(Graph(38, composerPlumbing: false));
        Assert.Contains("constraint=false", at, StringComparison.Ordinal);
        Assert.Contains("error.* → Exit1", at, StringComparison.Ordinal);

        // The threshold can be moved: int.MaxValue gives the text as before the layout existed.
        var plain = DotWriter.Write(Graph(150), largeLayoutThreshold: int.MaxValue);
        Assert.DoesNotContain("constraint=false", plain, StringComparison.Ordinal);
        Assert.Equal(150 + 1, DotStructure.Parse(plain).Edges.Count(e => e.To == "Exit1" && DotStructure.LabelOf(e.Attributes) == "error.*")); // and the wrapper's
    }

    [Fact]
    public void The_example_and_composer_diagrams_keep_dots_own_layout()
    {
        var paths = DiagramDocuments.Examples().Select(n => Path.Combine(DiagramDocuments.ExamplesFolder, n))
            .Concat(new[] { DiagramDocuments.ComposerFixture, DiagramDocuments.SharedComposerFixture, DiagramDocuments.ComposerProjectWrapper });
        foreach (var path in paths)
        {
            var graph = StateGraphBuilder.Build(DiagramDocuments.Analyze(path))!;
            Assert.True(graph.AllStates().Count() < LargeGraphLayout.DefaultThreshold, path);
            Assert.Equal(DotWriter.Write(graph, largeLayoutThreshold: int.MaxValue), DotWriter.Write(graph));
        }
    }

    [Theory]
    [InlineData(150)]
    [InlineData(300)]
    public void Dot_renders_the_flat_workflow_with_every_state(int blocks)
    {
        var graph = Graph(blocks);
        var text = DotWriter.Write(graph);
        var svg = XElement.Parse(GraphvizRenderer.RenderSvg(text, GraphvizRenderer.DefaultProgram));

        var titles = svg.Descendants(Svg + "g").Select(g => (Class: (string?)g.Attribute("class"), Title: g.Element(Svg + "title")?.Value)).ToList();
        foreach (var state in graph.AllStates().Where(s => !s.IsCluster))
        {
            Assert.Contains(titles, t => t.Class == "node" && t.Title == state.Key);
        }

        Assert.Contains(titles, t => t.Class == "cluster" && t.Title == "cluster_MainWorkflow");
        Assert.Equal(DotStructure.Parse(text).Edges.Count, titles.Count(t => t.Class == "edge"));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "error.* → Exit1");
    }
}
