using System;
using System.IO;
using OrsCompiler.Redis.Tests.Infrastructure;

namespace OrsCompiler.Redis.Tests.Cli;

[Collection(RedisServersCollection.Name)]
public sealed class RedisCommandsTests : IDisposable
{
    private readonly RedisServersFixture _servers;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ors-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public RedisCommandsTests(RedisServersFixture servers)
    {
        _servers = servers;
        Directory.CreateDirectory(_folder);
    }

    [Fact]
    public void Publish_diff_releases_rollback_and_prune_from_the_command_line()
    {
        var redis = new[] { "--redis", _servers.ClusterConfiguration, "--cluster", _servers.UniqueClusterName("cli") };
        Write("main", "a");
        Write("other", "a");

        var dryRun = OrscProcess.Run([.. Args("publish", _folder, "--dry-run"), .. redis]);
        var first = OrscProcess.Run([.. Args("publish", _folder), .. redis]);
        var unchanged = OrscProcess.Run([.. Args("publish", _folder), .. redis]);
        Write("main", "b");
        var diff = OrscProcess.Run([.. Args("diff", _folder), .. redis]);
        var second = OrscProcess.Run([.. Args("publish", _folder, "--keep", "0", "--ttl", "1h"), .. redis]);
        var listed = OrscProcess.Run([.. Args("releases"), .. redis]);
        var documents = OrscProcess.Run([.. Args("releases", "1"), .. redis]);
        var rollback = OrscProcess.Run([.. Args("rollback", "1"), .. redis]);
        var missing = OrscProcess.Run([.. Args("rollback", "42"), .. redis]);
        var prune = OrscProcess.Run([.. Args("prune", "--keep", "0", "--ttl", "10m"), .. redis]);

        Assert.Equal((0, "Dry run on cluster"), (dryRun.ExitCode, dryRun.Output[..18]));
        Assert.Contains("2 blob(s) to write. Nothing was written.", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Release 1 is current", first.Output, StringComparison.Ordinal);
        Assert.Contains("2 blob(s) written", first.Output, StringComparison.Ordinal);
        Assert.Contains("blobs written", first.Error, StringComparison.Ordinal); // progress goes to stderr
        Assert.Contains("nothing published", unchanged.Output, StringComparison.Ordinal);
        Assert.Matches(@"Figures: 2 document\(s\), 2 blob\(s\) written \([1-9]\d* bytes\), [1-9]\d* bytes sent \(keys and values\), \d+\.\d{3} s\.", first.Output);
        Assert.Matches(@"Figures: 2 document\(s\), 0 blob\(s\) written \(0 bytes\), [1-9]\d* bytes sent", unchanged.Output);
        Assert.Contains("~ main", diff.Output, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 changed, 0 removed, 1 unchanged", diff.Output, StringComparison.Ordinal);
        Assert.Contains("Release 2 is current on cluster", second.Output, StringComparison.Ordinal);
        Assert.Contains("1 blob(s) written", second.Output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^2\t.*\t2\t1\tcurrent$", listed.Output);
        Assert.Matches(@"(?m)^1\t.*\t2\t-\texpires in \d+m", listed.Output);
        Assert.Matches(@"(?m)^main\t[0-9a-f]{64}$", documents.Output);
        Assert.Equal(0, rollback.ExitCode);
        Assert.Contains("Release 1 is current on cluster", rollback.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Release '42' does not exist", missing.Error, StringComparison.Ordinal);
        Assert.Equal(0, prune.ExitCode);
        Assert.Contains("kept 1;", prune.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_and_usage_problems_exit_with_2_and_never_print_the_password()
    {
        Write("main", "a");

        var unreachable = OrscProcess.Run("releases", "--redis", $"127.0.0.1:{FreePorts.Next()},password=cli-secret,connectTimeout=1000", "--cluster", "x");
        var badName = OrscProcess.Run("releases", "--redis", _servers.StandaloneConfiguration, "--cluster", "no:colons");
        var noInput = OrscProcess.Run("publish", Path.Combine(_folder, "absent"), "--redis", _servers.StandaloneConfiguration, "--cluster", "x");
        var badTtl = OrscProcess.Run("prune", "--ttl", "soon", "--redis", _servers.StandaloneConfiguration, "--cluster", "x");

        Assert.Equal(2, unreachable.ExitCode);
        Assert.Contains("Cannot connect to Redis", unreachable.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cli-secret", unreachable.Error + unreachable.Output, StringComparison.Ordinal);
        Assert.Equal(2, badName.ExitCode);
        Assert.Contains("Invalid cluster name", badName.Error, StringComparison.Ordinal);
        Assert.Equal(2, noInput.ExitCode);
        Assert.Equal(2, badTtl.ExitCode);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Args(params string[] arguments) => arguments;

    private void Write(string name, string stateId) =>
        File.WriteAllBytes(Path.Combine(_folder, name + ".orsdoc"), RealBlobs.Create(name, stateId));
}
