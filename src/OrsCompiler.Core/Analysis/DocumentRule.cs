using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Diagnostics;

namespace OrsCompiler.Analysis;

/// <summary>
/// One rule (or a small family of closely related checks) over a document. Concrete rules are found by
/// <see cref="RuleRegistry"/>; adding a rule is adding a file.
/// </summary>
public abstract class DocumentRule
{
    /// <summary>The descriptors this rule may report.</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Rules that need the state chart run only when the document has an &lt;scxml&gt; root.</summary>
    public virtual bool RequiresChart => true;

    /// <summary>
    /// Flow rules follow transitions through the whole chart (reachability, the way to the first wait, handlers:
    /// the restart-safety rules); on a tree malformed XML cut short, every state after the break would look
    /// unreachable or a dead end, so they do not run there.
    /// </summary>
    public virtual bool NeedsWholeChart => SupportedDiagnostics.Count > 0 && SupportedDiagnostics.All(d => d.Category == DiagnosticCategory.RestartSafety);

    /// <summary>Must not throw on any input; must not recurse deeper than the element nesting.</summary>
    public abstract void Analyze(DocumentContext context);
}
