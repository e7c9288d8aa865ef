using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model;
using OrsCompiler.Ors;

namespace OrsCompiler.Rules.RestartSafety;

/// <summary>
/// ORS4012: <c>event="nextEvent"</c> where <c>nextEvent</c> is a data model variable and no such event exists: the
/// author meant the variable's value, but descriptors are literal.
/// </summary>
public sealed class VariableNameAsEventRule : DocumentRule
{
    // SCXML's own event families; ORS adds the first tokens of its modules' events.
    private static readonly string[] PlatformPrefixes = { "error", "done", "cancel" };

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.VariableNameAsEvent };

    public override void Analyze(DocumentContext context)
    {
        var chart = context.Chart!;
        var variables = new HashSet<string>(
            chart.Data.Select(d => d.GetAttributeValue("id")).Where(id => !string.IsNullOrEmpty(id))!,
            StringComparer.Ordinal);
        if (variables.Count == 0)
        {
            return;
        }

        var produced = DocumentEvents.Produced(context.Tree.Root!, context.Dialect);
        var platform = new HashSet<string>(PlatformPrefixes, StringComparer.Ordinal);
        if (context.Dialect == Dialect.Ors)
        {
            platform.UnionWith(OrsModuleCatalog.Modules.SelectMany(m => m.EventPrefixes));
        }

        foreach (var transition in chart.Transitions)
        {
            foreach (var (descriptor, location) in EventAttributeTokens.Read(transition.EventAttribute))
            {
                var name = EventDescriptor.Normalize(descriptor);
                if (variables.Contains(name)
                    && !platform.Contains(name)
                    && !produced.Any(e => EventDescriptor.Matches(name, e)))
                {
                    context.Report(DiagnosticCatalog.VariableNameAsEvent, location, name);
                }
            }
        }
    }
}
