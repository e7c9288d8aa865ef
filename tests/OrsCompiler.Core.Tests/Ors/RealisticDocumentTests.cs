using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Core.Tests.Ors;

/// <summary>Composer-style ORS documents written by the team: they must lint without errors or false warnings.</summary>
public class RealisticDocumentTests
{
    [Theory]
    [InlineData("Composer", "src-gen", "IPD_Default.scxml")]
    [InlineData("Composer", "src-gen", "Main.scxml")]
    [InlineData("GetCustomerSegment.scxml")]
    [InlineData("CheckBusinessHours.scxml")]
    [InlineData("VoiceTreatments.scxml")]
    public void Lints_clean_as_ors(params string[] path)
    {
        var result = OrsTestDocuments.Analyze(path);
        Assert.Equal(Dialect.Ors, result.Dialect);
        Assert.True(OrsTestDocuments.Problems(result).Length == 0, OrsTestDocuments.Describe(result));
    }

    [Fact]
    public void Ipd_wrapper_splices_the_workflow_with_its_resolved_ids_and_records_the_inputs()
    {
        var result = OrsTestDocuments.Analyze("Composer", "src-gen", "IPD_Default.scxml");
        var chart = result.Chart!;

        var entry = Assert.Single(chart.States, s => s.Id == "MainWorkflow._composer_entry");
        Assert.Equal("Main", entry.Parent!.Id);
        Assert.Equal("MainWorkflow.Entry1", entry.InitialTransition!.TargetIds.Single());
        Assert.DoesNotContain(chart.States, s => s.Id != null && s.Id.Contains(OrsCompiler.Ors.XIncludeProcessor.PrefixPlaceholder));
        Assert.Empty(chart.Transitions.SelectMany(t => t.UnresolvedTargetIds));

        // Spliced elements keep their own file and positions.
        Assert.EndsWith("Main.scxml", entry.Element.Document.Path);
        Assert.Equal(12, entry.Element.NameLocation.Start.Line);
        Assert.Equal(entry.Element.Parent!.Depth + 1, entry.Element.Depth);

        Assert.Equal(
            new[] { "Main.scxml", "common.js" },
            result.Tree.IncludedFiles.Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal).ToArray());
        Assert.Equal(3, result.InputFiles.Count());
    }

    [Fact]
    public void Text_include_becomes_the_script_body_positioned_in_the_js_file()
    {
        var result = OrsTestDocuments.Analyze("Composer", "src-gen", "IPD_Default.scxml");
        var script = result.Tree.Root!.Elements.Single(e => e.LocalName == ScxmlNames.Script);
        var text = Assert.IsType<SyntaxText>(Assert.Single(script.Nodes));
        Assert.EndsWith("common.js", text.Document.Path);
        Assert.Contains("function parseJson(text)", script.Text);

        var offset = text.Value.IndexOf("parseJson", System.StringComparison.Ordinal);
        var location = text.GetValueLocation(offset, "parseJson".Length);
        Assert.Equal(13, location.Start.Line);
        Assert.Equal(10, location.Start.Column);
    }
}
