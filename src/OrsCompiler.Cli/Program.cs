using System;
using System.CommandLine;
using OrsCompiler.Cli.Commands;

namespace OrsCompiler.Cli;

/// <summary>Entry point of <c>orsc</c>. Each command lives in its own file under Commands/.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("orsc: lint, compile, inspect and publish Genesys ORS SCXML strategies.");
        foreach (var command in CommandRegistry.Create())
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                Console.Error.WriteLine($"orsc: {error.Message}");
            }

            return ExitCodes.UsageOrIo;
        }

        return parseResult.Invoke();
    }
}
