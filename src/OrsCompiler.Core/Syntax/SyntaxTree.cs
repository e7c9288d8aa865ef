using System.Collections.Generic;
using OrsCompiler.Diagnostics;
using OrsCompiler.Text;

namespace OrsCompiler.Syntax;

/// <summary>The result of parsing a document: the element tree (null if nothing usable was read) and what went wrong.</summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceDocument document, SyntaxElement? root, List<SyntaxComment> comments, List<Diagnostic> diagnostics)
    {
        Document = document;
        Root = root;
        Comments = comments;
        Diagnostics = diagnostics;
    }

    /// <summary>The main file.</summary>
    public SourceDocument Document { get; }

    public SyntaxElement? Root { get; }

    /// <summary>Comments of the main file and, after XInclude resolution, of the included ones.</summary>
    public List<SyntaxComment> Comments { get; }

    /// <summary>Problems found while reading (malformed XML, DTD, limits).</summary>
    public List<Diagnostic> Diagnostics { get; }

    /// <summary>How many elements the parser read (XInclude may add more): a capacity hint for walks that collect elements.</summary>
    internal int ElementCount { get; init; }

    /// <summary>Files read besides the main one (XInclude): inputs for incremental builds.</summary>
    public List<string> IncludedFiles { get; } = new();

    /// <summary>XML includes whose content is missing (their problem is reported once, at the include).</summary>
    public List<UnresolvedInclude> UnresolvedIncludes { get; } = new();

    /// <summary>Whether a state id may have been defined by the content of an include that could not be resolved.</summary>
    public bool MayBeInMissingContent(string id)
    {
        foreach (var include in UnresolvedIncludes)
        {
            if (include.MayDefine(id))
            {
                return true;
            }
        }

        return false;
    }
}
