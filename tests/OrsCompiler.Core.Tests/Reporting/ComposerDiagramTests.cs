using System;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Reporting;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Reporting;

/// <summary>A Composer-shaped project drawn: plumbing folded by default, the workflow under its resolveid name.</summary>
public class ComposerDiagramTests
{
    private static StateGraph Graph(bool showPlumbing = false) =>
        StateGraphBuilder.Build(DiagramDocuments.Analyze(DiagramDocuments.ComposerFixture), new StateGraphOptions { ShowPlumbing = showPlumbing })!;

    [Fact]
    public void Plumbing_states_are_folded_by_default()
    {
        var graph = Graph();
        var dot = DotStructure.Parse(DotWriter.Write(graph));
        var names = dot.NodeClusters.Keys.Concat(dot.ClusterParents.Keys).ToList();
        Assert.DoesNotContain(names, n => n.Contains("_composer_", StringComparison.Ordinal) || n.Contains("_reserved_", StringComparison.Ordinal));
        Assert.Equal(2, graph.HiddenPlumbing);
        Assert.Contains("(2 Composer plumbing state(s) folded)", DotWriter.Write(graph), StringComparison.Ordinal);

        // The entry wrapper's children move up into the state that includes the workflow, which starts in its first block.
        Assert.Equal("cluster_MainWorkflow", dot.NodeClusters["MainWorkflow.Menu"]);
        Assert.Equal("cluster_MainWorkflow", dot.ClusterParents["cluster_MainWorkflow.Lookups"]);
        Assert.Contains(dot.Edges, e => e.From == "MainWorkflow::initial" && e.To == "MainWorkflow.Entry1");

        // The wrapper's error handler now leaves the including state, and passes through the reserved state to where it leads.
        Assert.Contains(dot.Edges, e => e.From == "MainWorkflow::anchor" && e.To == "MainWorkflow.Exit" && DotStructure.LabelOf(e.Attributes) == "error.*");
        Assert.Contains(dot.Edges, e => e.From == "MainWorkflow::anchor" && e.To == "Exit"
            && DotStructure.LabelOf(e.Attributes) == "done.state.MainWorkflow._composer_entry" && e.Attributes.Contains("ltail=\"cluster_MainWorkflow\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fixture_projects_workflows_appear_under_their_resolveid_names_with_plumbing_folded()
    {
        var graph = StateGraphBuilder.Build(DiagramDocuments.Analyze(DiagramDocuments.ComposerProjectWrapper), new StateGraphOptions())!;
        var holders = graph.AllStates().Where(s => s.IncludedWorkflow != null).Select(s => (s.Key, s.IncludedWorkflow)).ToList();
        Assert.Equal(new[] { ("MainWorkflow", (string?)"MainWorkflow (Main.scxml)"), ("AfterHoursWorkflow", "AfterHoursWorkflow (AfterHours.scxml)") }, holders);

        var dot = DotStructure.Parse(DotWriter.Write(graph));
        var names = dot.NodeClusters.Keys.Concat(dot.ClusterParents.Keys).ToList();
        Assert.DoesNotContain(names, n => n.Contains("_composer_", StringComparison.Ordinal) || n.Contains("_reserved_", StringComparison.Ordinal));
        Assert.Equal("cluster_MainWorkflow", dot.NodeClusters["MainWorkflow.RouteToSales"]);
        Assert.Equal("cluster_AfterHoursWorkflow", dot.NodeClusters["AfterHoursWorkflow.ClosedMessage"]);
        Assert.StartsWith("label=\"RouteToSales", dot.NodeAttributes["MainWorkflow.RouteToSales"], StringComparison.Ordinal);
    }

    [Fact]
    public void Plumbing_states_are_drawn_when_asked_for()
    {
        var dot = DotStructure.Parse(DotWriter.Write(Graph(showPlumbing: true)));
        Assert.Equal("cluster_MainWorkflow", dot.ClusterParents["cluster_MainWorkflow._composer_entry"]);
        Assert.Equal("cluster_MainWorkflow._composer_entry", dot.NodeClusters["MainWorkflow._reserved_cleanup"]);
        Assert.Contains(dot.Edges, e => e.From == "MainWorkflow._composer_entry::anchor" && e.To == "MainWorkflow._reserved_cleanup");
        Assert.Contains(dot.Edges, e => e.From == "MainWorkflow._reserved_cleanup" && e.To == "MainWorkflow.Exit");
    }

    [Fact]
    public void The_included_workflow_appears_under_its_resolveid_name()
    {
        var graph = Graph();
        var holder = Assert.Single(graph.AllStates(), s => s.IncludedWorkflow != null);
        Assert.Equal("MainWorkflow", holder.Key);
        Assert.Equal("MainWorkflow (Workflow.scxml)", holder.IncludedWorkflow);

        var dot = DotStructure.Parse(DotWriter.Write(graph));
        Assert.StartsWith("MainWorkflow\\nxi:include MainWorkflow (Workflow.scxml)", dot.ClusterLabels["cluster_MainWorkflow"], StringComparison.Ordinal);
        // Inside the workflow, blocks are named as in Composer; their DOT names keep the resolved ids.
        Assert.StartsWith("label=\"Menu\\n> dialog:playandcollect\\l", dot.NodeAttributes["MainWorkflow.Menu"], StringComparison.Ordinal);

        var mermaid = MermaidStructure.Parse(MermaidWriter.Write(graph));
        // Mermaid allows a composite state no description: what the others list below their name goes into its label.
        Assert.Contains(mermaid.Labels.Values, l => l == "MainWorkflow [xi:include MainWorkflow (Workflow.scxml)] (+2 plumbing)");
        Assert.Contains(mermaid.Labels.Values, l => l == "Menu");
    }

    [Fact]
    public void Parallel_states_are_dashed_clusters_with_their_regions_inside()
    {
        var text = DotWriter.Write(Graph());
        var dot = DotStructure.Parse(text);
        Assert.StartsWith("Lookups (parallel)", dot.ClusterLabels["cluster_MainWorkflow.Lookups"], StringComparison.Ordinal);
        Assert.Equal("cluster_MainWorkflow.Lookups", dot.ClusterParents["cluster_MainWorkflow.Customer"]);
        Assert.Equal("cluster_MainWorkflow.Lookups", dot.ClusterParents["cluster_MainWorkflow.Agents"]);
        Assert.Contains("style=\"dashed,rounded\";", text, StringComparison.Ordinal);

        var mermaidText = MermaidWriter.Write(Graph());
        var mermaid = MermaidStructure.Parse(mermaidText);
        var lookups = mermaid.Labels.Single(l => l.Value == "Lookups").Key;
        var regions = mermaid.Parents.Where(p => p.Value == lookups).Select(p => mermaid.Labels[p.Key]).ToList();
        Assert.Equal(new[] { "Customer", "Agents" }, regions);
        Assert.Single(mermaidText.Split('\n'), l => l.Trim() == "--");
    }

    [Fact]
    public void A_chart_with_errors_is_still_drawn_and_a_document_that_is_not_xml_is_not()
    {
        var broken = DocumentAnalyzer.Analyze(new SourceDocument("broken.scxml",
            "<scxml xmlns=\"http://www.w3.org/2005/07/scxml\" version=\"1.0\" initial=\"a\"><state id=\"a\"><transition event=\"go\" target=\"nowhere\"/></state></scxml>"));
        Assert.True(broken.HasErrors);
        var graph = StateGraphBuilder.Build(broken)!;
        Assert.Equal("a", Assert.Single(graph.States).Key);
        Assert.Empty(graph.Transitions);

        var notXml = DocumentAnalyzer.Analyze(new SourceDocument("bad.scxml", "<scxml><state id=\"a\">"));
        Assert.True(notXml.HasErrors);
        if (StateGraphBuilder.Build(notXml) is { } partial)
        {
            // The builder is tolerant: what it draws of a cut-short document is still valid DOT.
            Assert.StartsWith("digraph ", DotWriter.Write(partial), StringComparison.Ordinal);
        }
    }
}
