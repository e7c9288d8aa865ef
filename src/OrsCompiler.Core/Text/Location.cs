namespace OrsCompiler.Text;

/// <summary>Where a diagnostic points: a file, the offsets, and the 1-based start and end positions.</summary>
public sealed record Location(string FilePath, TextSpan Span, LinePosition Start, LinePosition End)
{
    /// <summary>A location for a whole file (for problems that have no better place, such as an unreadable file).</summary>
    public static Location ForFile(string filePath) => new(filePath, default, new LinePosition(1, 1), new LinePosition(1, 1));
}
