namespace OrsCompiler.Expressions;

/// <summary>
/// The outcome of checking one text: a problem with its offset and length in the text, or, for a valid expression,
/// whether it is assignable (so the location check reuses the cached expression parse).
/// </summary>
internal sealed class ScriptCheckResult
{
    private ScriptCheckResult(ScriptProblemKind kind, int offset, int length, string message, bool isAssignable)
    {
        Kind = kind;
        Offset = offset;
        Length = length;
        Message = message;
        IsAssignable = isAssignable;
    }

    public ScriptProblemKind Kind { get; }

    public bool IsValid => Kind == ScriptProblemKind.None;

    /// <summary>Offset of the problem in the checked text.</summary>
    public int Offset { get; }

    public int Length { get; }

    /// <summary>
    /// The parser's description (syntax error), what was found instead (not an expression), the limit hit (too
    /// complex), or for a valid expression what it is in words ("a function call").
    /// </summary>
    public string Message { get; }

    /// <summary>For a valid expression: an identifier or a property access, so it can be assigned to.</summary>
    public bool IsAssignable { get; }

    public static ScriptCheckResult ValidExpression(string description, bool isAssignable) =>
        new(ScriptProblemKind.None, 0, 0, description, isAssignable);

    public static ScriptCheckResult Problem(ScriptProblemKind kind, int offset, int length, string message) =>
        new(kind, offset, length, message, isAssignable: false);
}
