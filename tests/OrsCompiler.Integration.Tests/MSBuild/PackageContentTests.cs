using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>The package holds what the targets load, where they load it from, and nothing consumers would compile against.</summary>
[Collection(PackageFeedCollection.Name)]
public sealed class PackageContentTests
{
    private readonly PackageFeedFixture _feed;

    public PackageContentTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Theory]
    [InlineData("build/OrsCompiler.MSBuild.props")]
    [InlineData("build/OrsCompiler.MSBuild.targets")]
    [InlineData("buildTransitive/OrsCompiler.MSBuild.props")]
    [InlineData("buildTransitive/OrsCompiler.MSBuild.targets")]
    [InlineData("tasks/netstandard2.0/OrsCompiler.MSBuild.Tasks.dll")]
    [InlineData("tasks/netstandard2.0/OrsCompiler.Core.dll")]
    [InlineData("tasks/netstandard2.0/OrsCompiler.Runtime.dll")]
    [InlineData("tasks/netstandard2.0/jint.dll")]
    [InlineData("tasks/net472/OrsCompiler.MSBuild.Tasks.dll")]
    [InlineData("tasks/net472/OrsCompiler.Core.dll")]
    [InlineData("tasks/net472/OrsCompiler.Runtime.dll")]
    [InlineData("tasks/net472/jint.dll")]
    [InlineData("tasks/net472/System.Memory.dll")]
    [InlineData("analyzers/dotnet/cs/OrsCompiler.Analyzers.dll")]
    [InlineData("analyzers/dotnet/cs/OrsCompiler.Core.dll")]
    [InlineData("analyzers/dotnet/cs/OrsCompiler.Runtime.dll")]
    [InlineData("analyzers/dotnet/cs/jint.dll")]
    public void Contains(string entry)
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);

        Assert.Contains(entry, package.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void Ships_no_lib_no_MSBuild_or_Roslyn_assemblies_and_no_dependencies()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToArray();

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", System.StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build", System.StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", System.StringComparison.Ordinal));
        using var nuspec = new System.IO.StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", System.StringComparison.Ordinal)).Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", text, System.StringComparison.Ordinal);
    }

    // build.cake packs the solution without building it; the package it leaves in artifacts/packages is the one the
    // README's example build restores, so it must hold the same task folder as a package packed with a build.
    [Fact]
    public void Packing_without_building_ships_the_same_task_assemblies()
    {
        var output = Path.Combine(_feed.Root, "no-build");
        var project = Path.Combine(DotNet.RepositoryRoot(), "msbuild/OrsCompiler.MSBuild/OrsCompiler.MSBuild.csproj");
        var (exitCode, log) = DotNet.Run(_feed.Root, new Dictionary<string, string>(), "pack", project, "-c", "Release", "--no-build",
            "-nodeReuse:false", "-o", output, "-p:Version=" + _feed.Version + "-nobuild");
        Assert.True(exitCode == 0, log);

        Assert.Equal(TaskEntries(_feed.PackagePath), TaskEntries(Directory.GetFiles(output, "*.nupkg").Single()));
    }

    private static string[] TaskEntries(string packagePath)
    {
        using var package = ZipFile.OpenRead(packagePath);
        return package.Entries.Select(e => e.FullName).Where(n => n.StartsWith("tasks/", System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
    }
}
