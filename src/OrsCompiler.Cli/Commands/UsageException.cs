using System;

namespace OrsCompiler.Cli.Commands;

/// <summary>A command-line mistake: reported with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
