using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Rules;

/// <summary>
/// A rule that needs the whole document: it does not run when the XML was cut short (malformed, too deep, too
/// large). A partial tree would turn one syntax error into a cascade of false findings, such as "unknown target"
/// for every state after the break. Rules that judge each element on its own (its name, place, attributes) opt in
/// to checking what was read before an XML error, as Qt's and other strict processors do.
/// </summary>
public abstract class WellFormedDocumentRule : DocumentRule
{
    public sealed override void Analyze(DocumentContext context)
    {
        // The parse and XInclude diagnostics are already in the list when rules run; included files count too.
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Descriptor == DiagnosticCatalog.NestingTooDeep
                || diagnostic.Descriptor == DiagnosticCatalog.DocumentTooLarge
                || (diagnostic.Descriptor == DiagnosticCatalog.MalformedXml && !ChecksWhatWasRead))
            {
                return;
            }
        }

        AnalyzeDocument(context);
    }

    /// <summary>
    /// True for rules that also check the elements read before malformed XML stopped the parser. Such a rule must
    /// not judge an element by children it may not have read (<see cref="Syntax.SyntaxElement.IsComplete"/>).
    /// </summary>
    protected virtual bool ChecksWhatWasRead => false;

    /// <summary>Runs only on a complete document, or on what was read when <see cref="ChecksWhatWasRead"/>.</summary>
    protected abstract void AnalyzeDocument(DocumentContext context);
}
