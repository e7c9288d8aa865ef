using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>ORS4007: a persisted document whose &lt;script&gt; defines functions (their scope may change on restore).</summary>
public sealed class PersistedScriptFunctionRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.PersistedScriptFunction };

    public override void Analyze(DocumentContext context)
    {
        if (context.Dialect != Dialect.Ors || !RestartSafetyAnalysis.Of(context).Persistence.IsPersisted)
        {
            return;
        }

        foreach (var script in context.Tree.Root!.DescendantsAndSelf())
        {
            if (!ScxmlNames.IsScxml(script, ScxmlNames.Script))
            {
                continue;
            }

            foreach (var node in script.Nodes)
            {
                if (node is not SyntaxText text)
                {
                    continue;
                }

                foreach (var function in ScriptFunctions.Find(text.Value))
                {
                    context.Report(DiagnosticCatalog.PersistedScriptFunction, text.GetValueLocation(function.Start, function.Length), function.Name);
                }
            }
        }
    }
}
