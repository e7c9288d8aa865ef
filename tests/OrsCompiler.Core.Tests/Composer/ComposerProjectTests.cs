using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Text;

namespace OrsCompiler.Core.Tests.Composer;

/// <summary>The Composer-shaped fixture project lints as Composer projects must: no errors, only declared warnings.</summary>
public class ComposerProjectTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in ComposerFixture.Documents())
        {
            data.Add(Path.GetRelativePath(ComposerFixture.Root, path));
        }

        return data;
    }

    [Fact]
    public void Fixture_has_the_composer_layout()
    {
        var documents = ComposerFixture.Documents().Select(p => Path.GetRelativePath(ComposerFixture.Root, p).Replace('\\', '/')).ToArray();
        Assert.Contains("src-gen/IPD_default_MainWorkflow.scxml", documents);
        Assert.Equal(2, documents.Count(d => d.StartsWith("src-gen/") && !d.Contains("IPD_")));
        foreach (var subroutine in new[] { "ClearTargets", "InteractionAccept", "QueueCancel", "QueueQuery", "SuspendForEvent" })
        {
            Assert.Contains($"src/subRoutines/{subroutine}.scxml", documents);
        }

        Assert.True(File.Exists(ComposerFixture.PathOf("include", "common.js")));
        Assert.NotEmpty(Directory.GetFiles(ComposerFixture.PathOf("include", "user"), "*.js"));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_lints_without_errors_and_only_with_the_warnings_it_declares(string relativePath)
    {
        var path = ComposerFixture.PathOf(relativePath);
        var result = DocumentAnalyzer.AnalyzeFile(path);
        var report = string.Join("\n", result.Diagnostics.Select(d => d.ToCanonicalString()));

        Assert.True(result.Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error), report);

        // Diagnostics in included files are that file's: each must be one the file declares.
        foreach (var diagnostic in result.Diagnostics)
        {
            var declared = ComposerFixture.DeclaredIds(diagnostic.Location.FilePath);
            Assert.True(declared.Contains(diagnostic.Id), $"{diagnostic.ToCanonicalString()} is not declared by {Path.GetFileName(diagnostic.Location.FilePath)}");
        }

        // And the document gives every warning it declares (a declaration that no longer holds must go).
        var own = result.Diagnostics.Where(d => d.Location.FilePath == path).Select(d => d.Id).ToHashSet();
        Assert.Equal(ComposerFixture.DeclaredIds(path).OrderBy(i => i), own.OrderBy(i => i));
    }

    [Fact]
    public void Wrapper_puts_each_workflow_in_its_resolveid_name_space()
    {
        var result = DocumentAnalyzer.AnalyzeFile(ComposerFixture.PathOf("src-gen", "IPD_default_MainWorkflow.scxml"));
        var ids = result.Chart!.States.Select(s => s.Id).ToHashSet();
        Assert.Contains("MainWorkflow._composer_entry", ids);
        Assert.Contains("MainWorkflow.Entry1", ids);
        Assert.Contains("MainWorkflow._reserved_Exit1_final", ids);
        Assert.Contains("AfterHoursWorkflow._composer_entry", ids);
        Assert.Contains("AfterHoursWorkflow.Entry1", ids);
        Assert.DoesNotContain("Entry1", ids);
        Assert.DoesNotContain(ids, id => id != null && id.Contains("$$"));

        // Ids and targets were rewritten, positions still point into the workflow file.
        var entry = result.Chart.States.Single(s => s.Id == "MainWorkflow.Entry1");
        Assert.EndsWith("Main.scxml", entry.Element.Document.Path);
        Assert.Equal(new LinePosition(25, 16), entry.Element.GetAttribute("id")!.ValueLocation.Start);
        var transition = entry.Transitions.Single();
        Assert.Equal("MainWorkflow.Greeting", transition.Targets.Single().Id);
        Assert.Equal("MainWorkflow", result.Chart.States.Single(s => s.Id == "MainWorkflow").Id);
        Assert.Equal("MainWorkflow._composer_entry", result.Chart.States.Single(s => s.Id == "MainWorkflow").InitialTransition!.Targets.Single().Id);
    }

    [Fact]
    public void Workflow_processed_on_its_own_has_an_empty_prefix()
    {
        var result = DocumentAnalyzer.AnalyzeFile(ComposerFixture.PathOf("src-gen", "Main.scxml"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "ORS2002" or "ORS2003");
        var entry = result.Chart!.States.Single(s => s.Id == "Entry1");
        Assert.Equal("Greeting", entry.Transitions.Single().Targets.Single().Id);
        Assert.Equal("Entry1", result.Chart.States.Single(s => s.Id == "_composer_entry").InitialTransition!.Targets.Single().Id);
    }

    [Fact]
    public void Subroutine_targets_with_the_placeholder_name_its_plain_ids()
    {
        var result = DocumentAnalyzer.AnalyzeFile(ComposerFixture.PathOf("src", "subRoutines", "ClearTargets.scxml"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ORS2002");
        var state = result.Chart!.States.Single(s => s.Id == "ClearTargets");
        Assert.All(state.Transitions, t => Assert.Equal("ClearTargetsExit", t.Targets.Single().Id));
    }
}
