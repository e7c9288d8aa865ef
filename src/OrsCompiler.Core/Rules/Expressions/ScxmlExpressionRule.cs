using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Expressions;
using OrsCompiler.Syntax;

namespace OrsCompiler.Rules.Expressions;

/// <summary>
/// ORS3001-ORS3007: every ECMAScript attribute and &lt;script&gt; body of the SCXML elements, when the document's
/// data model is ECMAScript. ORS action elements (Genesys namespaces) are checked by the dialect rules through
/// <see cref="ScriptValidator"/>. Inline &lt;data&gt; content is not checked: the ECMAScript data model reads content
/// that is neither JSON nor XML as a string (SCXML B.2.2), so no content is an error.
/// </summary>
public sealed class ScxmlExpressionRule : DocumentRule
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = new[]
    {
        DiagnosticCatalog.ExpressionSyntaxError,
        DiagnosticCatalog.ScriptSyntaxError,
        DiagnosticCatalog.LocationNotAssignable,
        DiagnosticCatalog.StatementNotExpression,
        DiagnosticCatalog.ExpressionTooComplex,
        DiagnosticCatalog.EmptyExpression,
        DiagnosticCatalog.InvalidVariableName,
    };

    public override void Analyze(DocumentContext context)
    {
        var root = context.Tree.Root!;
        if (!UsesEcmaScript(root))
        {
            return;
        }

        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.NamespaceUri != ScxmlNames.Namespace)
            {
                continue;
            }

            if (element.LocalName == ScxmlNames.Script)
            {
                ScriptValidator.ValidateScript(context, element);
                continue;
            }

            Check(context, element, EcmaScriptAttributes.Of(element.LocalName, context.Dialect));
        }
    }

    /// <summary>Other data models (null, xpath) are not ECMAScript; no attribute means the ECMAScript default.</summary>
    private static bool UsesEcmaScript(SyntaxElement root)
    {
        var model = root.GetAttributeValue("datamodel") ?? root.GetAttributeValue("profile");
        return model == null || string.Equals(model.Trim(), "ecmascript", StringComparison.OrdinalIgnoreCase);
    }

    private static void Check(DocumentContext context, SyntaxElement element, IReadOnlyList<(string Attribute, ExpressionAttributeKind Kind)> attributes)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            var (name, kind) = attributes[i];
            var attribute = element.GetAttribute(name);
            if (attribute == null)
            {
                continue;
            }

            switch (kind)
            {
                case ExpressionAttributeKind.Value when EcmaScriptAttributes.IsDocumentedLiteral(element, attribute, context.Dialect):
                    break;
                case ExpressionAttributeKind.Value:
                    ScriptValidator.ValidateExpression(context, attribute, OrsSendLiteral.QuotedFormHint(element, attribute, context.Dialect));
                    break;
                case ExpressionAttributeKind.OptionalValue:
                    if (!string.IsNullOrWhiteSpace(attribute.Value))
                    {
                        ScriptValidator.ValidateExpression(context, attribute);
                    }

                    break;
                case ExpressionAttributeKind.Location:
                    ScriptValidator.ValidateLocation(context, attribute);
                    break;
                case ExpressionAttributeKind.LocationList:
                    ScriptValidator.ValidateLocationList(context, attribute);
                    break;
                case ExpressionAttributeKind.VariableName:
                    ScriptValidator.ValidateVariableName(context, attribute);
                    break;
            }
        }
    }
}
