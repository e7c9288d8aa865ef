namespace OrsCompiler.Cli.Commands;

/// <summary>What every orsc command returns.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A document has an error (or a publish failed).</summary>
    public const int Errors = 1;

    /// <summary>The command line is wrong, an input is missing, or a file or server cannot be reached.</summary>
    public const int UsageOrIo = 2;
}
