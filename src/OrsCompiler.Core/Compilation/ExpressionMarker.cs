using System;
using System.Collections.Generic;
using OrsCompiler.Diagnostics;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Compilation;

/// <summary>
/// Turns ECMAScript source (attribute values, script bodies, inline content) into <see cref="CompiledExpression"/>s,
/// marked invalid when the analysis found an ORS3xxx error inside it: an engine raises <c>error.execution</c> for such
/// an expression instead of running it. "Error" is the descriptor's default severity, so configuring a rule's
/// severity changes what stops a build, never what the compiled document means. A suppressed diagnostic is gone from
/// the analysis and so cannot mark anything.
/// </summary>
internal sealed class ExpressionMarker
{
    // Start offsets of the expression errors, per file, sorted: each lookup is a binary search.
    private readonly Dictionary<string, int[]> _errorStarts;

    public ExpressionMarker(IEnumerable<Diagnostic> diagnostics)
    {
        var byFile = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (!IsExpressionError(diagnostic))
            {
                continue;
            }

            if (!byFile.TryGetValue(diagnostic.Location.FilePath, out var starts))
            {
                starts = new List<int>();
                byFile.Add(diagnostic.Location.FilePath, starts);
            }

            starts.Add(diagnostic.Location.Span.Start);
        }

        _errorStarts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var pair in byFile)
        {
            var starts = pair.Value.ToArray();
            Array.Sort(starts);
            _errorStarts.Add(pair.Key, starts);
        }
    }

    public static bool IsExpressionError(Diagnostic diagnostic) =>
        diagnostic.Descriptor.Category == DiagnosticCategory.Expressions && diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>An attribute's value; an error anywhere from the attribute's name to its closing quote marks it.</summary>
    public CompiledExpression FromAttribute(SyntaxAttribute attribute)
    {
        var document = attribute.Owner.Document;
        var valid = !HasErrorIn(document.Path, attribute.NameSpan.Start, attribute.ValueSpan.End + 1);
        return new CompiledExpression(attribute.Value, valid, SourcePositions.Of(attribute.ValueLocation));
    }

    /// <summary>
    /// The body of an element (a script, inline content) as <paramref name="source"/>; an error in any of the element's
    /// character data marks it. The position is that of the first non-blank text.
    /// </summary>
    public CompiledExpression FromBody(SyntaxElement element, string source)
    {
        var valid = true;
        SourcePosition position = default;
        foreach (var node in element.Nodes)
        {
            if (node is not SyntaxText textNode)
            {
                continue;
            }

            if (!position.IsKnown && !textNode.IsWhitespace)
            {
                position = SourcePositions.Of(textNode.Location);
            }

            valid &= !HasErrorIn(textNode.Document.Path, textNode.Span.Start, textNode.Span.End);
        }

        return new CompiledExpression(source, valid, position.IsKnown ? position : SourcePositions.Of(element.NameLocation));
    }

    // True when an error starts in [start, end]: inclusive, so an "unexpected end of input" at the end counts.
    private bool HasErrorIn(string path, int start, int end)
    {
        if (!_errorStarts.TryGetValue(path, out var starts))
        {
            return false;
        }

        var index = Array.BinarySearch(starts, start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < starts.Length && starts[index] <= end;
    }
}
