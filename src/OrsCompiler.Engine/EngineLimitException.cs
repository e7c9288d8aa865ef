using System;

namespace OrsCompiler.Engine;

/// <summary>A document exceeded an <see cref="EngineLimits"/> bound; the message names the bound and the states involved.</summary>
public sealed class EngineLimitException : Exception
{
    public EngineLimitException(string message)
        : base(message)
    {
    }
}
