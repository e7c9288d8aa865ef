using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>An XML comment; kept for in-document suppressions (<c>&lt;!-- orsc-disable ORS4001 --&gt;</c>).</summary>
public sealed class SyntaxComment : SyntaxNode
{
    internal SyntaxComment(SourceDocument document, TextSpan span, string value)
        : base(document, span)
    {
        Value = value;
    }

    public string Value { get; }
}
