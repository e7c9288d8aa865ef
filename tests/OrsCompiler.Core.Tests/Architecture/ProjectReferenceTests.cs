using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace OrsCompiler.Core.Tests.Architecture;

/// <summary>The layering holds: no product project references a project or package outside <see cref="AllowedReferences"/>.</summary>
public class ProjectReferenceTests
{
    [Fact]
    public void Every_product_project_has_a_row_in_the_table()
    {
        var projects = ProjectReferences.ProductProjectFiles().Select(System.IO.Path.GetFileNameWithoutExtension).ToList();

        Assert.Contains("OrsCompiler.Core", projects);
        Assert.Equal(AllowedReferences.ByProject.Keys.OrderBy(p => p, StringComparer.Ordinal), projects.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void No_project_references_outside_the_allowed_edges()
    {
        var violations = ProjectReferences.ProductProjectFiles()
            .Select(ProjectReferences.Read)
            .SelectMany(Violations)
            .ToList();

        Assert.True(violations.Count == 0, "Edges outside tests/OrsCompiler.Core.Tests/Architecture/AllowedReferences.cs:" + Environment.NewLine
            + string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void The_core_depends_on_the_runtime_only_and_the_runtime_on_nothing_of_ours()
    {
        var core = ProjectReferences.Read(ProjectReferences.ProductProjectFiles().Single(p => p.EndsWith("OrsCompiler.Core.csproj", StringComparison.Ordinal)));
        var runtime = ProjectReferences.Read(ProjectReferences.ProductProjectFiles().Single(p => p.EndsWith("OrsCompiler.Runtime.csproj", StringComparison.Ordinal)));

        Assert.Equal(["OrsCompiler.Runtime"], core.Projects);
        Assert.Empty(runtime.Projects);
        Assert.DoesNotContain(core.Packages, p => p.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase)
                                                  || p.StartsWith("Microsoft.Build", StringComparison.OrdinalIgnoreCase)
                                                  || p.Contains("Redis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_forbidden_project_or_package_edge_is_reported()
    {
        var document = XDocument.Parse("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup Condition="'$(TargetFramework)' == 'net10.0'">
                <PackageReference Include="StackExchange.Redis" />
                <Reference Include="Microsoft.Build.Framework" HintPath="x.dll" />
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="..\OrsCompiler.Runtime\OrsCompiler.Runtime.csproj" />
                <ProjectReference Include="../OrsCompiler.Cli/OrsCompiler.Cli.csproj" />
              </ItemGroup>
            </Project>
            """);

        var violations = Violations(ProjectReferences.Parse("OrsCompiler.Core", document)).ToList();

        Assert.Equal(
            ["OrsCompiler.Core -> OrsCompiler.Cli (project)", "OrsCompiler.Core -> StackExchange.Redis (package)", "OrsCompiler.Core -> Microsoft.Build.Framework (package)"],
            violations);
    }

    private static IEnumerable<string> Violations(ProjectReferences references)
    {
        if (!AllowedReferences.ByProject.TryGetValue(references.Project, out var allowed))
        {
            yield return references.Project + " has no row in AllowedReferences";
            yield break;
        }

        foreach (var project in references.Projects.Where(p => !allowed.Projects.Contains(p)))
        {
            yield return $"{references.Project} -> {project} (project)";
        }

        foreach (var package in references.Packages.Where(p => !allowed.Packages.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            yield return $"{references.Project} -> {package} (package)";
        }
    }
}
