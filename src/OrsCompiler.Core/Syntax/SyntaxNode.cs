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

    /// <summary>Position in the parent's <see cref="SyntaxElement.Nodes"/>: lets a walk move on without a stack.</summary>
    internal int IndexInParent { get; set; }

    public Location Location => Document.GetLocation(Span);
}
