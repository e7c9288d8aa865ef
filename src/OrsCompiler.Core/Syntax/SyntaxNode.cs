using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>A node of the positioned XML tree. Nodes spliced in by XInclude keep their own file.</summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(SourceDocument document, TextSpan span)
    {
        Document = document;
        Span = span;
    }

    public SourceDocument Document { get; }

    /// <summary>The node's whole extent in <see cref="Document"/>.</summary>
    public TextSpan Span { get; internal set; }

    public SyntaxElement? Parent { get; internal set; }

    public Location Location => Document.GetLocation(Span);
}
