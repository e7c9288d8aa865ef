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

        return root.Parse(args).Invoke();
    }
}
