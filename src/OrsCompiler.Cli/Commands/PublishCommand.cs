using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Input;
using OrsCompiler.Redis.Publishing;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc publish &lt;files or folders&gt;... --redis &lt;config&gt; --cluster &lt;name&gt; [--ttl] [--keep] [--dry-run]</c></summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Compiled documents (*.orsdoc), or folders of them such as the output of orsc build -o.",
            Arity = ArgumentArity.OneOrMore,
        };
        var keep = RedisOptionSet.KeepOption();
        var ttl = RedisOptionSet.TtlOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change; write nothing." };
        var redis = new RedisOptionSet();
        var command = new Command("publish", "Publish compiled documents to Redis as one new release, switched atomically.") { inputs, keep, ttl, dryRun };
        foreach (var option in redis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => CommandRunner.Run(() =>
        {
            var options = new PublishOptions
            {
                DryRun = parseResult.GetValue(dryRun),
                Retention = RedisOptionSet.Retention(parseResult, keep, ttl),
                Progress = new Progress(Console.Error),
            };
            return redis.Run(parseResult, Console.Error, releases => RunAsync(releases, parseResult.GetValue(inputs)!, options, Console.Out));
        }));
        return command;
    }

    public static async Task<int> RunAsync(ReleaseStore releases, string[] inputs, PublishOptions options, TextWriter output)
    {
        var documents = OrsdocInput.Read(inputs);
        var result = await releases.PublishAsync(documents, options).ConfigureAwait(false);
        var diff = result.Diff;
        var summary = $"{diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Removed.Count} removed, {diff.Unchanged.Count} unchanged";
        if (result.DryRun)
        {
            output.WriteLine($"Dry run on cluster '{releases.Keys.ClusterName}': {summary}; {result.BlobsToWrite} blob(s) to write. Nothing was written.");
        }
        else if (!result.Switched)
        {
            output.WriteLine($"Release {result.ReleaseId} on cluster '{releases.Keys.ClusterName}' already has these {documents.Count} document(s); nothing published.");
        }
        else
        {
            output.WriteLine(
                $"Release {result.ReleaseId} is current on cluster '{releases.Keys.ClusterName}' (was {result.PreviousReleaseId ?? "none"}): " +
                $"{summary}; {result.BlobsWritten} blob(s) written.");
        }

        output.WriteLine(
            $"Figures: {documents.Count} document(s), {result.BlobsWritten} blob(s) written ({result.BlobBytesWritten} bytes), " +
            $"{result.BytesSent} bytes sent (keys and values), {result.Elapsed.TotalSeconds.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} s.");
        return ExitCodes.Success;
    }

    /// <summary>Progress lines go to stderr so stdout stays the result.</summary>
    private sealed class Progress : IProgress<string>
    {
        private readonly TextWriter _writer;

        public Progress(TextWriter writer) => _writer = writer;

        public void Report(string value) => _writer.WriteLine(value);
    }
}
