namespace OrsCompiler.Reporting;

/// <summary>One numbered source line of an excerpt; <see cref="IsTarget"/> marks the diagnostic's own line.</summary>
public sealed record ExcerptLine(int Number, string Text, bool IsTarget);
