using System;
using System.Linq;
using System.Xml.Linq;
using OrsCompiler.Reporting;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>SVG from the real Graphviz dot (installed by build/install-test-prerequisites.sh); a missing dot is a clear message.</summary>
public class GraphvizRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Dot_renders_every_state_and_cluster_of_the_composer_fixture()
    {
        var graph = StateGraphBuilder.Build(DiagramDocuments.Analyze(DiagramDocuments.ComposerFixture))!;
        var dotText = DotWriter.Write(graph);
        var svg = GraphvizRenderer.RenderSvg(dotText, GraphvizRenderer.DefaultProgram);

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        var root = XElement.Parse(svg);
        var groups = root.Descendants(Svg + "g").ToList();
        var titles = groups.Select(g => (Class: (string?)g.Attribute("class"), Title: g.Element(Svg + "title")?.Value)).ToList();
        var dot = DotStructure.Parse(dotText);
        Assert.Equal(dot.ClusterParents.Keys.OrderBy(k => k), titles.Where(t => t.Class == "cluster").Select(t => t.Title!).OrderBy(k => k));
        foreach (var state in graph.AllStates().Where(s => !s.IsCluster))
        {
            Assert.Contains(titles, t => t.Class == "node" && t.Title == state.Key);
        }

        Assert.Equal(dot.Edges.Count, titles.Count(t => t.Class == "edge"));
        Assert.Contains(root.Descendants(Svg + "text"), t => t.Value == "> dialog:playandcollect");
    }

    [Fact]
    public void A_missing_dot_is_a_clear_message()
    {
        var e = Assert.Throws<GraphvizUnavailableException>(() => GraphvizRenderer.RenderSvg("digraph g { a }", "/nonexistent/graphviz/dot"));
        Assert.Contains("'/nonexistent/graphviz/dot' was not found", e.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install graphviz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dot_that_fails_reports_its_own_message()
    {
        var e = Assert.Throws<GraphvizUnavailableException>(() => GraphvizRenderer.RenderSvg("digraph {", GraphvizRenderer.DefaultProgram));
        Assert.Contains("failed (exit code", e.Message, StringComparison.Ordinal);
        Assert.Contains("syntax error", e.Message, StringComparison.OrdinalIgnoreCase);
    }
}
