using System;
using System.Collections.Generic;
using System.IO;

namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>
/// Packs OrsCompiler.MSBuild once per test run into a temporary feed, under a version no cache has seen, and gives
/// the run its own NuGet packages folder: every test restores exactly the code under test.
/// </summary>
public sealed class PackageFeedFixture : IDisposable
{
    private readonly Lazy<string> _cliVersion;

    public PackageFeedFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "orsc-it-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-it" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") };

        Pack("msbuild/OrsCompiler.MSBuild/OrsCompiler.MSBuild.csproj");
        PackagePath = Path.Combine(Feed, $"OrsCompiler.MSBuild.{Version}.nupkg");
        _cliVersion = new Lazy<string>(() =>
        {
            Pack("src/OrsCompiler.Cli/OrsCompiler.Cli.csproj");
            return Version;
        });
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string PackagePath { get; }

    /// <summary>The version of the orsc tool (OrsCompiler.Cli) in the feed, packed on first use: only publishing needs it.</summary>
    public string CliVersion => _cliVersion.Value;

    /// <summary>Environment for every dotnet call of the tests (the run's own packages folder).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    private void Pack(string projectPath)
    {
        var project = Path.Combine(DotNet.RepositoryRoot(), projectPath);
        var (exitCode, output) = DotNet.Run(Root, new Dictionary<string, string>(), "pack", project, "-c", "Release", "-nodeReuse:false",
            "-o", Feed, "-p:Version=" + Version);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack {projectPath} failed:\n" + output);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS eventually.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageFeedCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "OrsCompiler.MSBuild package";
}
