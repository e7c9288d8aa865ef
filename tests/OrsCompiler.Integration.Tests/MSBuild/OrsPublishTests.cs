using System;
using System.IO;
using System.Linq;
using OrsCompiler.Redis.Tests.Infrastructure;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;

namespace OrsCompiler.Integration.Tests.MSBuild;

/// <summary>
/// `dotnet build -p:OrsPublish=true` end to end: the package's OrsPublish target runs the orsc tool (packed from this
/// repository and restored from the project's tool manifest) against a real redis-server that requires a password.
/// </summary>
[Collection(PackageFeedCollection.Name)]
public sealed class OrsPublishTests
{
    private const string Password = "it-publish-secret";
    private readonly PackageFeedFixture _feed;

    public OrsPublishTests(PackageFeedFixture feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Build_publishes_the_blobs_as_a_release_without_echoing_the_password()
    {
        using var redis = RedisServerProcess.Start(new[] { "--requirepass", Password });
        var project = ProjectWithOrscTool();
        project.Write("Inbound.scxml", StrategyDocuments.Clean);
        project.Write("Outbound.scxml", StrategyDocuments.Clean);
        // MSBuild splits -p values at commas; %2C keeps the configuration string whole.
        var configuration = redis.EndPoint + ",password=" + Password;

        var build = project.Build("-p:OrsPublish=true", "-p:OrsRedis=" + configuration.Replace(",", "%2C"), "-p:OrsCluster=it");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain(Password, build.Output, StringComparison.Ordinal);
        var release = Orsc(project, "releases", "1", "--redis", configuration, "--cluster", "it");
        Assert.True(release.ExitCode == 0, release.Output);
        var published = release.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('\t'))
            .ToDictionary(fields => fields[0], fields => fields[1]);
        foreach (var name in new[] { "Inbound", "Outbound" })
        {
            var blob = File.ReadAllBytes(Path.Combine(project.BinFolder, name + ".orsdoc"));
            Assert.Equal(Sha256Hex.Of(blob), published[name]);
        }
    }

    [Fact]
    public void An_unreachable_Redis_fails_the_build_with_the_tool_error()
    {
        var project = ProjectWithOrscTool();
        project.Write("Inbound.scxml", StrategyDocuments.Clean);
        var port = FreePorts.Next();

        var build = project.Build("-p:OrsPublish=true", $"-p:OrsRedis=127.0.0.1:{port}%2CconnectTimeout=1000", "-p:OrsCluster=it");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains($"error : orsc: Cannot connect to Redis at 127.0.0.1:{port}", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_orsc_tool_the_build_fails_saying_so()
    {
        var project = new StrategyProject(_feed);
        project.Write("Inbound.scxml", StrategyDocuments.Clean);

        var build = project.Build("-p:OrsPublish=true", "-p:OrsRedis=127.0.0.1:1", "-p:OrsCluster=it");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Contains("error : Could not execute because the specified command or file was not found", build.Output, StringComparison.Ordinal);
    }

    private StrategyProject ProjectWithOrscTool()
    {
        var project = new StrategyProject(_feed);
        project.Write(".config/dotnet-tools.json", $$"""
            {
              "version": 1,
              "isRoot": true,
              "tools": {
                "orscompiler.cli": { "version": "{{_feed.CliVersion}}", "commands": ["orsc"], "rollForward": false }
              }
            }
            """);
        var restore = DotNet.Run(project.Directory, _feed.Environment, "tool", "restore");
        Assert.True(restore.ExitCode == 0, restore.Output);
        return project;
    }

    private (int ExitCode, string Output) Orsc(StrategyProject project, params string[] arguments) =>
        DotNet.Run(project.Directory, _feed.Environment, new[] { "orsc" }.Concat(arguments).ToArray());
}
