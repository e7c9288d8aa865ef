using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using OrsCompiler.Redis;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc rollback &lt;release&gt; --redis &lt;config&gt; --cluster &lt;name&gt;</c></summary>
internal static class RollbackCommand
{
    public static Command Create()
    {
        var release = new Argument<string>("release") { Description = "The id of an existing release (see orsc releases)." };
        var redis = new RedisOptionSet();
        var command = new Command("rollback", "Make an earlier release that still exists current again.") { release };
        foreach (var option in redis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => redis.Run(parseResult, Console.Error, releases => RunAsync(releases, parseResult.GetValue(release)!, Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(ReleaseStore releases, string releaseId, TextWriter output)
    {
        var previous = await releases.RollbackAsync(releaseId).ConfigureAwait(false);
        output.WriteLine(previous == releaseId
            ? $"Release {releaseId} is already current on cluster '{releases.Keys.ClusterName}'."
            : $"Release {releaseId} is current on cluster '{releases.Keys.ClusterName}' (was {previous ?? "none"}).");
        return ExitCodes.Success;
    }
}
