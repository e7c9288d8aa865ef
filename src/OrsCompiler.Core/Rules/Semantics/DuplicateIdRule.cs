using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Semantics;

/// <summary>ORS2001: state and data ids share one ID space and must be unique in the document.</summary>
public sealed class DuplicateIdRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[] { DiagnosticCatalog.DuplicateId };

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var chart = context.Chart!;
        var firstById = new Dictionary<string, SyntaxElement>(chart.States.Count + chart.Data.Count, StringComparer.Ordinal);
        foreach (var state in chart.States)
        {
            Check(context, firstById, state.Element);
        }

        foreach (var data in chart.Data)
        {
            Check(context, firstById, data);
        }
    }

    private static void Check(DocumentContext context, Dictionary<string, SyntaxElement> firstById, SyntaxElement element)
    {
        var id = element.GetAttribute("id");
        if (id == null || id.Value.Length == 0)
        {
            return;
        }

        if (firstById.TryGetValue(id.Value, out var first))
        {
            context.Report(DiagnosticCatalog.DuplicateId, id.ValueLocation, id.Value, first.Name, first.NameLocation.Start.Line);
        }
        else
        {
            firstById.Add(id.Value, element);
        }
    }
}
