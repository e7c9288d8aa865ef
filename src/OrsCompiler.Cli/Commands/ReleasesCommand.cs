using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Releases;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc releases [&lt;release&gt;] --redis &lt;config&gt; --cluster &lt;name&gt;</c>: list releases, or one release's documents.</summary>
internal static class ReleasesCommand
{
    public static Command Create()
    {
        var release = new Argument<string?>("release")
        {
            Description = "A release id: list its documents instead of the releases ('current' for the current one).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var redis = new RedisOptionSet();
        var command = new Command("releases", "List the releases in Redis, newest first, or the documents of one release.") { release };
        foreach (var option in redis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => redis.Run(parseResult, Console.Error, releases => RunAsync(releases, parseResult.GetValue(release), Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(ReleaseStore releases, string? releaseId, TextWriter output)
    {
        if (releaseId != null)
        {
            var snapshot = (releaseId == "current" ? await releases.GetCurrentAsync().ConfigureAwait(false) : await releases.GetReleaseAsync(releaseId).ConfigureAwait(false))
                ?? throw new ReleaseNotFoundException($"Release '{releaseId}' does not exist on cluster '{releases.Keys.ClusterName}'.");
            foreach (var document in snapshot.Documents.OrderBy(document => document.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"{document.Key}\t{document.Value}");
            }

            return ExitCodes.Success;
        }

        var list = await releases.ListAsync().ConfigureAwait(false);
        if (list.Count == 0)
        {
            output.WriteLine($"No releases on cluster '{releases.Keys.ClusterName}'.");
            return ExitCodes.Success;
        }

        output.WriteLine("RELEASE\tCREATED (UTC)\tDOCUMENTS\tPREVIOUS\tSTATE");
        foreach (var info in list)
        {
            var state = info.IsCurrent ? "current" : info.ExpiresIn is TimeSpan left ? $"expires in {Format(left)}" : "kept";
            var created = info.Created?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "?";
            output.WriteLine($"{info.Id}\t{created}\t{info.DocumentCount}\t{info.Previous ?? "-"}\t{state}");
        }

        return ExitCodes.Success;
    }

    private static string Format(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}h{span.Minutes:D2}m" : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m{span.Seconds:D2}s" : $"{span.TotalSeconds:0}s";
}
