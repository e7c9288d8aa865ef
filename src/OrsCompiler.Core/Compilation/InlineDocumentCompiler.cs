using System;
using System.Globalization;
using OrsCompiler.Analysis;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Compilation;

/// <summary>
/// Compiles the inline <c>&lt;scxml&gt;</c> child document of a <c>&lt;content&gt;</c> (or <c>&lt;assign&gt;</c>, whose
/// value a <c>&lt;content expr&gt;</c> may name) into a nested <see cref="CompiledDocument"/> stored in the blob, so an
/// engine invokes it without a compiler. The markup is analysed as a document of its own, exactly as the blob keeps it.
/// </summary>
internal static class InlineDocumentCompiler
{
    /// <summary>The compiled child, or null when the content is not one <c>&lt;scxml&gt;</c> element or does not compile.</summary>
    public static CompiledDocument? Compile(SyntaxElement holder, string? markup)
    {
        if (markup is null || !HoldsOnlyScxml(holder))
        {
            return null;
        }

        // Named after the enclosing file and the position, so diagnostics and relative URIs point near the source.
        var position = SourcePositions.Of(holder.NameLocation);
        var path = holder.Document.Path + "#content-" + position.Line.ToString(CultureInfo.InvariantCulture) + "-" + position.Column.ToString(CultureInfo.InvariantCulture);
        var analysis = DocumentAnalyzer.Analyze(new SourceDocument(path, WithScxmlNamespace(markup)));
        if (analysis.Chart is not { } chart)
        {
            return null;
        }

        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (DocumentCompiler.IsBlocking(diagnostic))
            {
                // The engine raises error.execution when it invokes a child that is not there.
                return null;
            }
        }

        var document = ChartCompiler.Compile(chart, new ExpressionMarker(analysis.Diagnostics));
        document.Validate();
        return document;
    }

    private static bool HoldsOnlyScxml(SyntaxElement holder)
    {
        var count = 0;
        foreach (var child in holder.Elements)
        {
            if (++count > 1 || child.LocalName != ScxmlNames.Scxml || child.NamespaceUri != ScxmlNames.Namespace)
            {
                return false;
            }
        }

        return count == 1;
    }

    // Inline content is kept without the namespace declarations of its enclosing elements, and an inline <scxml>
    // usually inherits the default namespace: declare it when the child's root does not.
    private static string WithScxmlNamespace(string markup)
    {
        var start = markup.IndexOf("<scxml", StringComparison.Ordinal);
        if (start < 0)
        {
            return markup;
        }

        var end = markup.IndexOf('>', start);
        if (end < 0 || markup.Substring(start, end - start).Contains("xmlns=", StringComparison.Ordinal))
        {
            return markup;
        }

        return markup.Insert(start + "<scxml".Length, " xmlns=\"" + ScxmlNames.Namespace + "\"");
    }
}
