using System.Collections.Generic;
using System.Text;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Expressions;

/// <summary>
/// The body of a &lt;script&gt; as one program: the text of its character-data children in order (inline text,
/// CDATA sections, and text spliced in by <c>xi:include parse="text"</c>, which may come from another file), with
/// a map from an offset in the program back to the source position of the piece it came from.
/// </summary>
internal sealed class ScriptSource
{
    private readonly List<(int Start, SyntaxText Node)> _pieces;

    private ScriptSource(string text, List<(int Start, SyntaxText Node)> pieces)
    {
        Text = text;
        _pieces = pieces;
    }

    public string Text { get; }

    public bool IsEmpty => _pieces.Count == 0;

    public static ScriptSource From(SyntaxElement scriptElement)
    {
        var pieces = new List<(int Start, SyntaxText Node)>();
        var builder = new StringBuilder();
        foreach (var node in scriptElement.Nodes)
        {
            if (node is SyntaxText text)
            {
                pieces.Add((builder.Length, text));
                builder.Append(text.Value);
            }
        }

        return new ScriptSource(pieces.Count == 1 ? pieces[0].Node.Value : builder.ToString(), pieces);
    }

    /// <summary>The source location of a range of <see cref="Text"/> (clipped to the piece it starts in).</summary>
    public Location GetLocation(int offset, int length)
    {
        var index = _pieces.Count - 1;
        while (index > 0 && _pieces[index].Start > offset)
        {
            index--;
        }

        var (start, node) = _pieces[index];
        var local = offset - start;
        var available = node.Value.Length - local;
        return node.GetValueLocation(local, length < available ? length : System.Math.Max(0, available));
    }
}
