using System;
using System.Collections.Generic;
using System.IO;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>
/// ORS2018: a &lt;script src&gt; must be loadable when the document is compiled (SCXML 5.8: a processor rejects the
/// document otherwise; W3C test 301). Resolved relative to the document by the front end's source resolver.
/// </summary>
public sealed class ScriptSourceRule : WellFormedDocumentRule
{
    private const string FileScheme = "file:";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.ScriptSourceNotLoadable };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        foreach (var (element, _) in ScxmlSchema.For(context.Dialect).Elements(context))
        {
            if (element.LocalName == ScxmlNames.Script && element.GetAttribute("src") is { } src)
            {
                var error = TryLoad(context, element, src.Value.Trim());
                if (error != null)
                {
                    context.Report(DiagnosticCatalog.ScriptSourceNotLoadable, src.ValueLocation, src.Value, error);
                }
            }
        }
    }

    /// <summary>Null when the source loads; otherwise why not.</summary>
    private static string? TryLoad(DocumentContext context, SyntaxElement script, string reference)
    {
        var resolver = context.Options.SourceResolver;
        if (resolver == null)
        {
            return "this build reads no referenced files";
        }

        if (reference.StartsWith(FileScheme, StringComparison.OrdinalIgnoreCase))
        {
            reference = reference.Substring(FileScheme.Length);
            if (reference.StartsWith("//", StringComparison.Ordinal))
            {
                reference = reference.Substring(2);
            }
        }
        else if (reference.IndexOf("://", StringComparison.Ordinal) > 0)
        {
            return "only local files can be loaded at compile time";
        }

        if (reference.Length == 0)
        {
            return "the reference is empty";
        }

        try
        {
            var path = resolver.ResolvePath(script.Document.Path, reference);
            return resolver.TryReadText(path, out var error) == null ? error ?? "file not found" : null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            // A resolver may reject odd paths instead of failing to read them; that too means "cannot load".
            return e.Message;
        }
    }
}
