using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Configuration;
using OrsCompiler.Diagnostics;
using OrsCompiler.Syntax;
using OrsCompiler.Text;

namespace OrsCompiler.Ors;

/// <summary>
/// Resolves XInclude (<c>xi:include</c>) in place, before the dialect is detected and the chart is built:
/// <c>parse="text"</c> becomes character data of the included file (so script errors point into the .js file),
/// <c>parse="xml"</c> splices the element chosen by <c>xpointer</c> in the name space of the Genesys <c>resolveid</c>
/// (ids become <c>R.id</c>, <c>$$_MY_PREFIX_$$</c> becomes R); what remains outside any resolveid has the empty prefix.
/// An include that cannot be resolved is recorded in <see cref="SyntaxTree.UnresolvedIncludes"/> so that no rule
/// reports what follows only from its missing content. Included files may include further; cycles, missing files and ids are diagnostics at the include, and
/// the number and size of includes are bounded. Included files are recorded in <see cref="SyntaxTree.IncludedFiles"/>.
/// </summary>
internal sealed class XIncludeProcessor
{
    /// <summary>The literal prefix Composer writes in the ids of an included workflow; resolveid replaces it.</summary>
    public const string PrefixPlaceholder = "$$_MY_PREFIX_$$";

    /// <summary>At most this many includes are resolved per analysis (each include of a file counts).</summary>
    public const int MaxIncludes = 256;

    private const string Include = "include";
    private const string Fallback = "fallback";

    // Attributes that name states or events of states; resolveid rewrites the placeholder in them.
    private static readonly HashSet<string> IdReferences = new(StringComparer.Ordinal) { "id", "target", "initial" };

    private readonly SyntaxTree _tree;
    private readonly AnalysisOptions _options;
    private readonly ISourceResolver? _resolver;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, SourceDocument> _documents = new(StringComparer.Ordinal);
    private int _includeCount;
    private long _includedCharacters;
    private bool _limitReported;

    private XIncludeProcessor(SyntaxTree tree, AnalysisOptions options, List<Diagnostic> diagnostics)
    {
        _tree = tree;
        _options = options;
        _resolver = options.SourceResolver;
        _diagnostics = diagnostics;
    }

    /// <summary>Total characters of included files, across the analysis: as much as one document may have.</summary>
    private long MaxIncludedCharacters => _options.Parse.MaxDocumentLength;

    public static void Process(SyntaxTree tree, AnalysisOptions options, List<Diagnostic> diagnostics)
    {
        if (tree.Root == null)
        {
            return;
        }

        // Most documents include nothing: they cost one walk, and their path is never resolved.
        if (FindIncludes(tree.Root).Count > 0)
        {
            var processor = new XIncludeProcessor(tree, options, diagnostics);
            processor.Expand(tree.Root, new List<string> { processor.MainPath() });
        }

        // What no resolveid claimed was processed on its own: the prefix is empty, `$$_MY_PREFIX_$$.X` names X.
        if (tree.Document.Text.IndexOf(PrefixPlaceholder, StringComparison.Ordinal) >= 0 || tree.IncludedFiles.Count > 0)
        {
            ApplyPrefix(tree.Root, "", ownDocument: null);
        }
    }

    private static bool IsInclude(SyntaxElement element) => element.Is(ScxmlNames.XIncludeNamespace, Include);

    // Replaces every include below `root` (not inside another include: fallbacks are expanded only when used).
    private void Expand(SyntaxElement root, List<string> includingFiles)
    {
        foreach (var include in FindIncludes(root))
        {
            var parent = include.Parent!;
            var problems = new List<Diagnostic>();
            var nodes = Resolve(include, includingFiles, problems);
            var fallback = include.Elements.FirstOrDefault(e => e.Is(ScxmlNames.XIncludeNamespace, Fallback));
            if (nodes == null && fallback != null && problems.TrueForAll(IsResourceError))
            {
                Expand(fallback, includingFiles);
                nodes = fallback.Nodes.ToList();
            }
            else
            {
                _diagnostics.AddRange(problems);
            }

            if (nodes == null && include.GetAttributeValue("parse")?.Trim() is null or "xml")
            {
                // The rules must not report what follows only from the missing content (ORS2002, ORS2003, ORS2005).
                _tree.UnresolvedIncludes.Add(new UnresolvedInclude(parent, include.GetAttributeValue("resolveid")?.Trim()));
            }

            nodes ??= new List<SyntaxNode>();
            parent.ReplaceNode(include, nodes);
            foreach (var element in nodes.OfType<SyntaxElement>())
            {
                Reparent(element, include);
            }
        }
    }

    // XInclude uses <xi:fallback> for resources that cannot be had, not for a malformed include.
    private static bool IsResourceError(Diagnostic diagnostic) =>
        diagnostic.Descriptor == DiagnosticCatalog.XIncludeUnreadable || diagnostic.Descriptor == DiagnosticCatalog.XIncludePointerNotFound;

    private static List<SyntaxElement> FindIncludes(SyntaxElement root)
    {
        var includes = new List<SyntaxElement>();
        for (var element = root.NextInSubtree(root, intoChildren: true); element != null;)
        {
            var isInclude = IsInclude(element);
            if (isInclude)
            {
                includes.Add(element);
            }

            element = element.NextInSubtree(root, intoChildren: !isInclude);
        }

        return includes;
    }

    // The nodes that replace the include, or null when it cannot be resolved (problems says why).
    private List<SyntaxNode>? Resolve(SyntaxElement include, List<string> includingFiles, List<Diagnostic> problems)
    {
        var href = include.GetAttribute("href");
        if (href == null || href.Value.Trim().Length == 0)
        {
            problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludeMissingHref, include.NameLocation));
            return null;
        }

        var parseAttribute = include.GetAttribute("parse");
        var parse = parseAttribute?.Value.Trim() ?? "xml";
        if (parse != "xml" && parse != "text")
        {
            problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludeInvalidParse, parseAttribute!.ValueLocation, parse));
            return null;
        }

        var path = ResolvePath(include.Document.Path, href.Value.Trim(), out var pathError);
        if (path == null)
        {
            problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludeUnreadable, href.ValueLocation, href.Value, pathError));
            return null;
        }

        if (parse == "xml" && includingFiles.Contains(path, StringComparer.Ordinal))
        {
            var chain = string.Join(" -> ", includingFiles.Skip(includingFiles.IndexOf(path)).Append(path).Select(Path.GetFileName));
            problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludeCycle, href.ValueLocation, Path.GetFileName(path), chain));
            return null;
        }

        if (++_includeCount > MaxIncludes)
        {
            ReportLimitOnce(problems, href, $"{MaxIncludes} includes");
            return null;
        }

        var document = Read(path, out var readError);
        if (document == null)
        {
            problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludeUnreadable, href.ValueLocation, href.Value, readError));
            return null;
        }

        _includedCharacters += document.Text.Length;
        if (_includedCharacters > MaxIncludedCharacters)
        {
            ReportLimitOnce(problems, href, $"{MaxIncludedCharacters} included characters");
            return null;
        }

        if (!_tree.IncludedFiles.Contains(path, StringComparer.Ordinal))
        {
            _tree.IncludedFiles.Add(path);
        }

        return parse == "text" ? new List<SyntaxNode> { AsText(document) } : IncludeXml(include, document, includingFiles, problems);
    }

    // Past the limit every further include is dropped; saying so once is enough.
    private void ReportLimitOnce(List<Diagnostic> problems, SyntaxAttribute href, string limit)
    {
        if (!_limitReported)
        {
            _limitReported = true;
            problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludeLimitExceeded, href.ValueLocation, href.Value, limit));
        }
    }

    // A raw (CDATA-like) text node over the whole file: positions in it map 1:1 to the included file.
    private static SyntaxText AsText(SourceDocument document) =>
        new(document, new TextSpan(0, document.Text.Length), document.Text.Replace("\r\n", "\n").Replace('\r', '\n'), isCData: true);

    private List<SyntaxNode>? IncludeXml(SyntaxElement include, SourceDocument document, List<string> includingFiles, List<Diagnostic> problems)
    {
        var included = SyntaxParser.Parse(document, _options.Parse);
        _diagnostics.AddRange(included.Diagnostics);
        _tree.Comments.AddRange(included.Comments);
        if (included.Root == null)
        {
            // Nothing usable was read; the parser's diagnostics, in the included file, say why.
            return new List<SyntaxNode>();
        }

        includingFiles.Add(document.Path);
        Expand(included.Root, includingFiles);
        includingFiles.RemoveAt(includingFiles.Count - 1);

        var selected = included.Root;
        var xpointer = include.GetAttribute("xpointer");
        if (xpointer != null)
        {
            var pointer = XPointer.Parse(xpointer.Value);
            if (pointer == null)
            {
                problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludeUnsupportedPointer, xpointer.ValueLocation, xpointer.Value));
                return null;
            }

            selected = pointer.Select(included.Root);
            if (selected == null)
            {
                problems.Add(Diagnostic.Create(DiagnosticCatalog.XIncludePointerNotFound, xpointer.ValueLocation, xpointer.Value, Path.GetFileName(document.Path)));
                return null;
            }
        }

        var resolveId = include.GetAttributeValue("resolveid")?.Trim();
        if (!string.IsNullOrEmpty(resolveId))
        {
            ApplyPrefix(selected, resolveId!, document);
            selected.ResolveId = resolveId;
        }

        return new List<SyntaxNode> { selected };
    }

    /// <summary>
    /// Puts the subtree in the name space <paramref name="prefix"/> (resolveid): a state id of
    /// <paramref name="ownDocument"/> written without the placeholder becomes <c>prefix.id</c>, and every
    /// <c>$$_MY_PREFIX_$$</c> in ids, targets, <c>initial</c> and transition events becomes the prefix (with an empty
    /// prefix, <c>$$_MY_PREFIX_$$.X</c> becomes X). Content of deeper includes already has its own name space.
    /// </summary>
    private static void ApplyPrefix(SyntaxElement root, string prefix, SourceDocument? ownDocument)
    {
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes.ToArray())
            {
                if (attribute.NamespaceUri.Length != 0)
                {
                    continue;
                }

                var isId = attribute.LocalName == "id" && IsStateElement(element);
                var isReference = isId || IdReferences.Contains(attribute.LocalName)
                                  || attribute.LocalName == "event" && ScxmlNames.IsScxml(element, ScxmlNames.Transition);
                if (!isReference)
                {
                    continue;
                }

                if (attribute.Value.IndexOf(PrefixPlaceholder, StringComparison.Ordinal) >= 0)
                {
                    element.ReplaceAttribute(attribute, attribute.WithValue(WithPrefix(attribute.Value, prefix)));
                }
                else if (isId && prefix.Length > 0 && ReferenceEquals(element.Document, ownDocument))
                {
                    element.ReplaceAttribute(attribute, attribute.WithValue(prefix + "." + attribute.Value.Trim()));
                }
            }
        }
    }

    private static string WithPrefix(string value, string prefix) =>
        prefix.Length > 0
            ? value.Replace(PrefixPlaceholder, prefix)
            : value.Replace(PrefixPlaceholder + ".", "").Replace(PrefixPlaceholder, "");

    private static bool IsStateElement(SyntaxElement element) =>
        element.NamespaceUri == ScxmlNames.Namespace
        && element.LocalName is ScxmlNames.State or ScxmlNames.Parallel or ScxmlNames.Final or ScxmlNames.History;

    // Gives the spliced subtree the depth of the include, and cuts what would nest deeper than the parser allows.
    private void Reparent(SyntaxElement spliced, SyntaxElement include)
    {
        var offset = include.Depth - spliced.Depth;
        var tooDeep = new List<SyntaxElement>();
        foreach (var element in spliced.DescendantsAndSelf())
        {
            element.Depth += offset;
            if (element.Depth >= _options.Parse.MaxDepth)
            {
                tooDeep.Add(element);
            }
        }

        if (tooDeep.Count == 0)
        {
            return;
        }

        _diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.NestingTooDeep, include.NameLocation, _options.Parse.MaxDepth));
        foreach (var element in tooDeep)
        {
            if (element.Depth == _options.Parse.MaxDepth)
            {
                element.Parent!.ReplaceNode(element, Array.Empty<SyntaxNode>());
            }
        }
    }

    private string MainPath()
    {
        var path = _tree.Document.Path;
        return ResolvePath(path, Path.GetFileName(path), out _) ?? path;
    }

    private string? ResolvePath(string referencingFile, string reference, out string? error)
    {
        error = null;
        if (_resolver == null)
        {
            error = "no source resolver is configured";
            return null;
        }

        try
        {
            return _resolver.ResolvePath(referencingFile, reference);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or IOException)
        {
            error = e.Message;
            return null;
        }
    }

    private SourceDocument? Read(string path, out string? error)
    {
        error = null;
        if (_documents.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var text = _resolver!.TryReadText(path, out error);
        if (text == null)
        {
            return null;
        }

        var document = new SourceDocument(path, text);
        _documents.Add(path, document);
        return document;
    }
}
