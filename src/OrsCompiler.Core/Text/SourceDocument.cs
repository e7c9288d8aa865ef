using System;
using System.Collections.Generic;

namespace OrsCompiler.Text;

/// <summary>The text of one input file and its line map. Positions are 1-based lines and columns in UTF-16 units.</summary>
public sealed class SourceDocument
{
    private readonly int[] _lineStarts;

    public SourceDocument(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        _lineStarts = ComputeLineStarts(text);
    }

    public string Path { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of an offset; an offset at the end of the text is valid.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column, clamped to the text.</summary>
    public int GetOffset(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        if (line > _lineStarts.Length)
        {
            return Text.Length;
        }

        return Math.Min(Text.Length, _lineStarts[line - 1] + Math.Max(0, column - 1));
    }

    public Location GetLocation(TextSpan span) =>
        new(Path, span, GetLinePosition(span.Start), GetLinePosition(span.End));

    // Line breaks are \n, \r\n and \r, as XML counts them. Two vectorized passes (count, then fill) beat growing a
    // list: every analysis starts here.
    private static int[] ComputeLineStarts(string text)
    {
        var starts = new int[CountLineBreaks(text, null) + 1];
        CountLineBreaks(text, starts);
        return starts;
    }

    // Returns the number of line breaks; when `starts` is given, writes the offset after each break from index 1 on.
    private static int CountLineBreaks(string text, int[]? starts)
    {
        var count = 0;
        var rest = text.AsSpan();
        var offset = 0;
        int index;
        while ((index = rest.IndexOfAny('\r', '\n')) >= 0)
        {
            var breakLength = rest[index] == '\r' && index + 1 < rest.Length && rest[index + 1] == '\n' ? 2 : 1;
            offset += index + breakLength;
            rest = rest.Slice(index + breakLength);
            count++;
            if (starts != null)
            {
                starts[count] = offset;
            }
        }

        return count;
    }
}
