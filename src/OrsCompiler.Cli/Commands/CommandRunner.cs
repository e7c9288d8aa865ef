using System;
using System.IO;

namespace OrsCompiler.Cli.Commands;

/// <summary>Turns the failures every command can meet into a message and an exit code instead of a stack trace.</summary>
internal static class CommandRunner
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"orsc: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"orsc: {e.Message}");
            return ExitCodes.UsageOrIo;
        }
    }
}
