using System.Collections.Generic;
using System.CommandLine;

namespace OrsCompiler.Cli.Commands;

/// <summary>The commands orsc offers, in the order `orsc --help` lists them.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> Create()
    {
        yield return LintCommand.Create();
        yield return BuildCommand.Create();
        yield return InspectCommand.Create();
        yield return GraphCommand.Create();
        yield return ReportCommand.Create();
        yield return PublishCommand.Create();
        yield return DiffCommand.Create();
        yield return ReleasesCommand.Create();
        yield return RollbackCommand.Create();
        yield return PruneCommand.Create();
        yield return SimulateCommand.Create();
    }
}
