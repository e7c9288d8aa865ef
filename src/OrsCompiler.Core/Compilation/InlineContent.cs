using System.Text;
using OrsCompiler.Syntax;

namespace OrsCompiler.Compilation;

/// <summary>
/// The inline content of <c>&lt;content&gt;</c>, <c>&lt;data&gt;</c> or <c>&lt;assign&gt;</c>: the decoded text when
/// there are only characters, otherwise the markup exactly as written (entities and CDATA kept, blank text around it
/// trimmed), so the engine can parse it as XML. Namespace declarations of enclosing elements are not copied in.
/// </summary>
internal static class InlineContent
{
    /// <summary>Null when the element has no content or only white space.</summary>
    public static string? Of(SyntaxElement element)
    {
        if (!element.HasElements)
        {
            var text = element.Text;
            return string.IsNullOrWhiteSpace(text) ? null : text;
        }

        var nodes = element.Nodes;
        var first = 0;
        var last = nodes.Count - 1;
        while (nodes[first] is SyntaxText { IsWhitespace: true })
        {
            first++;
        }

        while (nodes[last] is SyntaxText { IsWhitespace: true })
        {
            last--;
        }

        var markup = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            var node = nodes[i];
            if (node is SyntaxText { IsCData: true } cdata)
            {
                markup.Append("<![CDATA[").Append(cdata.Value).Append("]]>");
            }
            else
            {
                markup.Append(node.Document.Text, node.Span.Start, node.Span.Length);
            }
        }

        return markup.ToString();
    }
}
