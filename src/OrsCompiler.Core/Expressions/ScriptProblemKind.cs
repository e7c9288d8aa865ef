namespace OrsCompiler.Expressions;

/// <summary>What is wrong with a piece of ECMAScript, independent of where it came from.</summary>
internal enum ScriptProblemKind
{
    None = 0,

    /// <summary>The parser rejected the text.</summary>
    SyntaxError,

    /// <summary>It parses, but as a statement, declaration, label or several statements instead of one expression.</summary>
    NotAnExpression,

    /// <summary>Nothing but whitespace and comments.</summary>
    Empty,

    /// <summary>Refused before parsing: nested too deeply or too long.</summary>
    TooComplex,
}
