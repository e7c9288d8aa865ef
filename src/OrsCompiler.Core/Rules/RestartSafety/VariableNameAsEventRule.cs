using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Analysis.Flow;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4012: <c>event="nextEvent"</c> where <c>nextEvent</c> is a data model variable and no such event exists: the
/// author meant the variable's value, but descriptors are literal.
/// </summary>
public sealed class VariableNameAsEventRule : DocumentRule
{
    // SCXML's own event families; ORS adds the first tokens of its modules' events.
    private static readonly string[] PlatformPrefixes = { "error", "done", "cancel" };
    private static readonly HashSet<string> W3CPlatform = new(PlatformPrefixes, StringComparer.Ordinal);
    private static readonly HashSet<string> OrsPlatform = new(PlatformPrefixes.Concat(OrsModuleCatalog.Modules.SelectMany(m => m.EventPrefixes)), StringComparer.Ordinal);

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.VariableNameAsEvent };

    public override void Analyze(DocumentContext context)
    {
        var chart = context.Chart!;
        var variables = new HashSet<string>(StringComparer.Ordinal);
        foreach (var data in chart.Data)
        {
            if (data.GetAttributeValue("id") is { Length: > 0 } id)
            {
                variables.Add(id);
            }
        }

        if (variables.Count == 0)
        {
            return;
        }

        var platform = context.Dialect == Dialect.Ors ? OrsPlatform : W3CPlatform;
        HashSet<string>? produced = null;
        foreach (var transition in chart.Transitions)
        {
            if (transition.EventAttribute is not { } events)
            {
                continue;
            }

            foreach (var token in ValueToken.Split(events))
            {
                var name = EventDescriptor.Normalize(token.Text);
                if (variables.Contains(name) && !platform.Contains(name))
                {
                    // Only now: most documents never get here, and collecting what they raise walks the whole tree.
                    produced ??= DocumentEvents.Produced(context.Tree.Root!, context.Dialect);
                    if (!produced.Any(e => EventDescriptor.Matches(name, e)))
                    {
                        context.Report(DiagnosticCatalog.VariableNameAsEvent, token.Location, name);
                    }
                }
            }
        }
    }
}
