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

    /// <summary>The element that failed (<c>log</c>, <c>script</c>, <c>transition</c>...), or null when not yet known.</summary>
    public string? TagName { get; init; }

    public OrsCompiler.Runtime.Model.SourcePosition Position { get; init; }

    /// <summary>This error, placed at the element that failed (the innermost one wins).</summary>
    public ScriptErrorException At(string tagName, OrsCompiler.Runtime.Model.SourcePosition position) =>
        TagName is not null ? this : new ScriptErrorException(Message) { SendId = SendId, TagName = tagName, Position = position };
}
