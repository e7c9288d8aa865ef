using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;

namespace OrsCompiler.Rules.Structure;

/// <summary>
/// ORS1105, ORS1106: alternatives of an element (event/eventexpr, src/inline content, expr/location...):
/// at most one of an exclusive group, at least one of a required group.
/// </summary>
public sealed class AlternativesRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.MutuallyExclusive,
        DiagnosticCatalog.MissingOneOf,
    };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var schema = ScxmlSchema.For(context.Dialect);
        foreach (var (element, elementSchema) in schema.Elements(context))
        {
            if (elementSchema == null)
            {
                continue;
            }

            foreach (var group in elementSchema.ExclusiveGroups)
            {
                string? first = null;
                foreach (var term in group)
                {
                    if (!SchemaTerm.IsPresent(element, term))
                    {
                        continue;
                    }

                    if (first == null)
                    {
                        first = term;
                        continue;
                    }

                    // Report the later one: the first is usually what the author meant to keep.
                    context.Report(
                        DiagnosticCatalog.MutuallyExclusive,
                        SchemaTerm.Locate(element, term),
                        element.Name,
                        SchemaTerm.Describe(first),
                        SchemaTerm.Describe(term));
                }
            }

            // An element the XML broke inside may have the required child or content after the break.
            foreach (var group in element.IsComplete ? elementSchema.RequiredOneOf : System.Array.Empty<string[]>())
            {
                if (!AnyPresent(element, group))
                {
                    context.Report(DiagnosticCatalog.MissingOneOf, element.NameLocation, element.Name, SchemaTerm.DescribeAlternatives(group));
                }
            }
        }
    }

    private static bool AnyPresent(Syntax.SyntaxElement element, string[] terms)
    {
        foreach (var term in terms)
        {
            if (SchemaTerm.IsPresent(element, term))
            {
                return true;
            }
        }

        return false;
    }
}
