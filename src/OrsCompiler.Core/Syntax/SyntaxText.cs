using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>Character data: text or a CDATA section.</summary>
public sealed class SyntaxText : SyntaxNode
{
    internal SyntaxText(SourceDocument document, TextSpan span, string value, bool isCData)
        : base(document, span)
    {
        Value = value;
        IsCData = isCData;
    }

    /// <summary>The decoded text (entities expanded, line breaks normalized to \n).</summary>
    public string Value { get; }

    /// <summary>For CDATA, <see cref="SyntaxNode.Span"/> covers only the content between <c>&lt;![CDATA[</c> and <c>]]&gt;</c>.</summary>
    public bool IsCData { get; }

    public bool IsWhitespace => string.IsNullOrWhiteSpace(Value);

    public Location GetValueLocation(int start, int length) =>
        Document.GetLocation(RawTextMap.MapRange(Document.Text, Span, start, length, decodesEntities: !IsCData));
}
