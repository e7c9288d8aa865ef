using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using OrsCompiler.Redis;
using OrsCompiler.Redis.Input;

namespace OrsCompiler.Cli.Commands;

/// <summary><c>orsc diff &lt;files or folders&gt;... --redis &lt;config&gt; --cluster &lt;name&gt;</c></summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Compiled documents (*.orsdoc), or folders of them, to compare with the current release.",
            Arity = ArgumentArity.OneOrMore,
        };
        var redis = new RedisOptionSet();
        var command = new Command("diff", "Compare compiled documents with the current release in Redis: + added, ~ changed, - removed.") { inputs };
        foreach (var option in redis.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => redis.Run(parseResult, Console.Error, releases => RunAsync(releases, parseResult.GetValue(inputs)!, Console.Out)));
        return command;
    }

    public static async Task<int> RunAsync(ReleaseStore releases, string[] inputs, TextWriter output)
    {
        var diff = await releases.DiffAsync(OrsdocInput.Read(inputs)).ConfigureAwait(false);
        foreach (var name in diff.Added)
        {
            output.WriteLine("+ " + name);
        }

        foreach (var name in diff.Changed)
        {
            output.WriteLine("~ " + name);
        }

        foreach (var name in diff.Removed)
        {
            output.WriteLine("- " + name);
        }

        output.WriteLine($"{diff.Added.Count} added, {diff.Changed.Count} changed, {diff.Removed.Count} removed, {diff.Unchanged.Count} unchanged.");
        return ExitCodes.Success;
    }
}
