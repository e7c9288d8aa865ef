using System.Collections.Generic;
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

    /// <summary>Must not throw on any input; must not recurse deeper than the element nesting.</summary>
    public abstract void Analyze(DocumentContext context);
}
