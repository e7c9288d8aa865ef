using System;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// ECMAScript source text kept verbatim (expressions, script bodies, inline content). The compiler checked it; when
/// <see cref="IsValid"/> is false the check failed and an engine must raise <c>error.execution</c> instead of running it.
/// </summary>
public sealed class CompiledExpression
{
    public CompiledExpression(string source, bool isValid = true, SourcePosition position = default)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        IsValid = isValid;
        Position = position;
    }

    public string Source { get; }

    public bool IsValid { get; }

    public SourcePosition Position { get; }

    public override string ToString() => Source;
}
