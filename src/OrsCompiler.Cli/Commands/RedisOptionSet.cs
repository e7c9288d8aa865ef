using System;
using OrsCompiler.Configuration;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Releases;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Redis.Connection;

namespace OrsCompiler.Cli.Commands;

/// <summary>The options of every Redis command (publish, releases, rollback, prune, diff) and how they fail.</summary>
internal sealed class RedisOptionSet
{
    public Option<string> Redis { get; } = new("--redis")
    {
        Description = "StackExchange.Redis configuration: host:port[,host:port][,password=...][,ssl=true][,sslHost=...][,connectTimeout=ms]. Any node of a cluster will do.",
        Required = true,
    };

    public Option<string> Cluster { get; } = new("--cluster")
    {
        Description = "ORS cluster name: keys live under ORS:<cluster>. Letters, digits, '_', '.', '-'.",
        Required = true,
    };

    public Option<string?> TlsCa { get; } = new("--tls-ca")
    {
        Description = "A CA certificate file (PEM) to trust for TLS besides the system store.",
    };

    public IEnumerable<Option> All => new Option[] { Redis, Cluster, TlsCa };

    public static Option<int> KeepOption() => new("--keep")
    {
        Description = "Releases kept besides the current one (rollback targets).",
        DefaultValueFactory = _ => RetentionPolicy.Default.Keep,
    };

    public static Option<string> TtlOption() => new("--ttl")
    {
        Description = "How long releases and blobs nothing kept needs stay before they expire, e.g. 24h, 7d.",
        DefaultValueFactory = _ => "1d",
    };

    public static RetentionPolicy Retention(ParseResult parseResult, Option<int> keep, Option<string> ttl)
    {
        try
        {
            var text = parseResult.GetValue(ttl)!;
            return DurationText.TryParse(text, out var duration)
                ? new RetentionPolicy(parseResult.GetValue(keep), duration)
                : throw new UsageException($"--ttl '{text}' is not a duration (use e.g. 24h, 7d).");
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new UsageException(e.Message.Split(Environment.NewLine)[0]);
        }
    }

    /// <summary>
    /// Connects, runs <paramref name="action"/> against the cluster name's releases, and maps failures to exit codes:
    /// refused operations and failed commands exit 1; bad options, inputs or connections exit 2.
    /// </summary>
    public int Run(ParseResult parseResult, TextWriter error, Func<ReleaseStore, Task<int>> action) => CommandRunner.Run(() =>
    {
        try
        {
            return RunAsync(parseResult, action).GetAwaiter().GetResult();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message.Split(Environment.NewLine)[0]);
        }
        catch (Exception e) when (e is RedisConnectionFailedException or InvalidDocumentBlobException)
        {
            error.WriteLine($"orsc: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception e) when (e is RedisOperationFailedException or ReleaseOperationException)
        {
            error.WriteLine($"orsc: {e.Message}");
            return ExitCodes.Errors;
        }
    });

    private async Task<int> RunAsync(ParseResult parseResult, Func<ReleaseStore, Task<int>> action)
    {
        var cluster = parseResult.GetValue(Cluster)!;
        Runtime.Redis.Layout.ClusterName.Validate(cluster);
        using var store = await RedisConnector.ConnectAsync(parseResult.GetValue(Redis)!, parseResult.GetValue(TlsCa)).ConfigureAwait(false);
        return await action(new ReleaseStore(store, cluster)).ConfigureAwait(false);
    }
}
