using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Releases;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc prune --redis &lt;config&gt; --cluster &lt;name&gt; [--keep N] [--ttl duration]</c></summary>
internal static class PruneCommand
{
    public static Command Create()
    {
        var keep = RedisOptionSet.KeepOption();
        var ttl = RedisOptionSet.TtlOption();
        var redis = new RedisOptionSet();
        var command = new Command("prune", "Let releases and blobs that neither the current nor the kept releases need expire.") { keep, ttl };
        foreach (var option in redis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var policy = RedisOptionSet.Retention(parseResult, keep, ttl);
            return redis.Run(parseResult, Console.Error, releases => RunAsync(releases, policy, Console.Out));
        }));
        return command;
    }

    public static async Task<int> RunAsync(ReleaseStore releases, RetentionPolicy policy, TextWriter output)
    {
        var result = await releases.PruneAsync(policy).ConfigureAwait(false);
        output.WriteLine(
            $"Cluster '{releases.Keys.ClusterName}': kept {string.Join(", ", result.KeptReleases)}; " +
            $"{result.ExpiringReleases.Count} release(s) and {result.BlobsExpiring} blob(s) now expire in {policy.Ttl}; " +
            $"{result.RemovedReleases.Count} expired release(s) and {result.BlobsRemoved} blob(s) forgotten.");
        return ExitCodes.Success;
    }
}
