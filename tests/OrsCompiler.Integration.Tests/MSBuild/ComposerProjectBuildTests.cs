using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>`dotnet build` of the Composer-shaped fixture project (tests/Fixtures/ComposerProject) through the packed package.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class ComposerProjectBuildTests
{
    private readonly PackageFeedFixture _feed;

    public ComposerProjectBuildTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Build_compiles_every_document_of_the_composer_project_without_errors()
    {
        var fixture = Path.Combine(DotNet.RepositoryRoot(), "tests", "Fixtures", "ComposerProject");
        var project = new StrategyProject(_feed);
        var documents = Directory.EnumerateFiles(fixture, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".scxml", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(fixture, f))
            .ToList();
        foreach (var relative in documents)
        {
            project.Write(relative, File.ReadAllText(Path.Combine(fixture, relative)));
        }

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotMatch(new Regex(@": error ORS\d{4}"), build.Output);
        var scxml = documents.Where(d => d.EndsWith(".scxml", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, scxml.Count);
        Assert.Contains($"OrsCompile: {scxml.Count} compiled, 0 up to date, 0 failed.", build.Output, StringComparison.Ordinal);
        foreach (var document in scxml)
        {
            var blob = Path.Combine(project.BinFolder, Path.ChangeExtension(document, ".orsdoc"));
            Assert.True(File.Exists(blob), $"{blob} missing\n{build.Output}");
        }

        // The wrapper's blob holds the included workflows under their resolveid name space.
        var wrapper = File.ReadAllBytes(Path.Combine(project.BinFolder, "src-gen", "IPD_default_MainWorkflow.orsdoc"));
        var text = System.Text.Encoding.UTF8.GetString(wrapper);
        Assert.Contains("MainWorkflow.Entry1", text, StringComparison.Ordinal);
        Assert.Contains("AfterHoursWorkflow._reserved_Exit1_final", text, StringComparison.Ordinal);
    }
}
