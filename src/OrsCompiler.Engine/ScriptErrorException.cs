using System;

namespace OrsCompiler.Engine;

/// <summary>An expression or script failed; the engine raises <c>error.execution</c> with this message.</summary>
internal sealed class ScriptErrorException : Exception
{
    public ScriptErrorException(string message)
        : base(message)
    {
    }

    /// <summary>The id of the <c>&lt;send&gt;</c> that failed, for the error event's <c>sendid</c>.</summary>
    public string? SendId { get; init; }
}
