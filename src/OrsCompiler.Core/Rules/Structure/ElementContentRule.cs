using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Structure;

/// <summary>
/// ORS1101, ORS1102, ORS1107, ORS1109, ORS1110, ORS1111: every SCXML element is known, sits in a parent that allows it,
/// occurs no more often than allowed, has its required children and no stray text.
/// </summary>
public sealed class ElementContentRule : WellFormedDocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.UnknownElement,
        DiagnosticCatalog.ChildNotAllowed,
        DiagnosticCatalog.NonStandardChild,
        DiagnosticCatalog.ChildOccursTooOften,
        DiagnosticCatalog.TextNotAllowed,
        DiagnosticCatalog.MissingRequiredChild,
    };

    protected override bool ChecksWhatWasRead => true;

    protected override void AnalyzeDocument(DocumentContext context)
    {
        var schema = ScxmlSchema.For(context.Dialect);
        var seenOnce = new List<string>();
        foreach (var (element, elementSchema) in schema.Elements(context))
        {
            if (elementSchema == null)
            {
                context.Report(DiagnosticCatalog.UnknownElement, element.NameLocation, element.Name);
                continue;
            }

            // Children of custom actions are the action's business; the root has no parent.
            if (element.Parent is { NamespaceUri: ScxmlNames.Namespace } parent
                && schema.Find(parent.LocalName) is { } parentSchema
                && !parentSchema.AllowsChild(element.LocalName))
            {
                var descriptor = parentSchema.ToleratesChild(element.LocalName) ? DiagnosticCatalog.NonStandardChild : DiagnosticCatalog.ChildNotAllowed;
                context.Report(descriptor, element.NameLocation, element.Name, parent.Name);
            }

            if (elementSchema.HasPayloadContent)
            {
                continue;
            }

            seenOnce.Clear();
            CheckChildren(context, element, elementSchema, seenOnce);
        }
    }

    private static void CheckChildren(DocumentContext context, SyntaxElement element, ElementSchema schema, List<string> seenOnce)
    {
        var textReported = false;
        foreach (var node in element.Nodes)
        {
            if (node is SyntaxText text)
            {
                if (!schema.AllowsText && !textReported && !text.IsWhitespace)
                {
                    textReported = true;
                    context.Report(DiagnosticCatalog.TextNotAllowed, SchemaTerm.LocateText(text), element.Name);
                }

                continue;
            }

            var child = (SyntaxElement)node;
            if (child.NamespaceUri != ScxmlNames.Namespace || !schema.AllowsAtMostOne(child.LocalName))
            {
                continue;
            }

            if (seenOnce.Contains(child.LocalName))
            {
                context.Report(DiagnosticCatalog.ChildOccursTooOften, child.NameLocation, child.Name, element.Name);
            }
            else
            {
                seenOnce.Add(child.LocalName);
            }
        }

        // An element the XML broke inside may have its required child after the break.
        foreach (var required in element.IsComplete ? schema.RequiredChildren : System.Array.Empty<string>())
        {
            if (!HasScxmlChild(element, required))
            {
                context.Report(DiagnosticCatalog.MissingRequiredChild, element.NameLocation, element.Name, required);
            }
        }
    }

    private static bool HasScxmlChild(SyntaxElement element, string localName)
    {
        foreach (var child in element.Elements)
        {
            if (ScxmlNames.IsScxml(child, localName))
            {
                return true;
            }
        }

        return false;
    }
}
