using System;
using System.IO;
using System.Linq;

namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>A fresh strategy project in its own temp folder that references the packed OrsCompiler.MSBuild.</summary>
internal sealed class StrategyProject
{
    private readonly PackageFeedFixture _feed;

    public StrategyProject(PackageFeedFixture feed, string extraProperties = "", string extraItems = "")
    {
        _feed = feed;
        Directory = Path.Combine(feed.Root, "p" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="under-test" value="{feed.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Directory, "Strategies.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="OrsCompiler.MSBuild" Version="{feed.Version}" PrivateAssets="all" />
                {extraItems}
              </ItemGroup>
            </Project>
            """);
    }

    public string Directory { get; }

    public string BinFolder => Path.Combine(Directory, "bin", "Debug", "net10.0", "ors");

    public string ObjFolder => Path.Combine(Directory, "obj", "Debug", "net10.0", "ors");

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>`dotnet &lt;verb&gt;` without node reuse (a resident node would keep the task assembly loaded).</summary>
    public (int ExitCode, string Output) Run(string verb, params string[] arguments) =>
        DotNet.Run(Directory, _feed.Environment, new[] { verb, "-nodeReuse:false" }.Concat(arguments).ToArray());

    public (int ExitCode, string Output) Build(params string[] arguments) => Run("build", arguments);
}
