using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Rules;

/// <summary>
/// A rule that needs the whole document: it does not run when the XML was cut short (malformed, too deep, too
/// large). A partial tree would turn one syntax error into a cascade of false findings, such as "unknown target"
/// for every state after the break.
/// </summary>
public abstract class WellFormedDocumentRule : DocumentRule
{
    public sealed override void Analyze(DocumentContext context)
    {
        // The parse and XInclude diagnostics are already in the list when rules run; included files count too.
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Descriptor == DiagnosticCatalog.MalformedXml
                || diagnostic.Descriptor == DiagnosticCatalog.NestingTooDeep
                || diagnostic.Descriptor == DiagnosticCatalog.DocumentTooLarge)
            {
                return;
            }
        }

        AnalyzeDocument(context);
    }

    /// <summary>Runs only on a complete document.</summary>
    protected abstract void AnalyzeDocument(DocumentContext context);
}
