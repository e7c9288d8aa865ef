using System;
using System.Collections.Generic;
using OrsCompiler.Analysis;
using OrsCompiler.Diagnostics;
using OrsCompiler.Expressions;
using OrsCompiler.Model;
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
    private const ExpressionAttributeKind Value = ExpressionAttributeKind.Value;
    private const ExpressionAttributeKind Location = ExpressionAttributeKind.Location;

    // SCXML 1.0 (W3C Recommendation): which attributes of which element hold ECMAScript.
    private static readonly Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> W3CAttributes = new(StringComparer.Ordinal)
    {
        [ScxmlNames.Transition] = new[] { ("cond", Value) },
        [ScxmlNames.If] = new[] { ("cond", Value) },
        [ScxmlNames.ElseIf] = new[] { ("cond", Value) },
        [ScxmlNames.Foreach] = new[] { ("array", Value), ("item", ExpressionAttributeKind.VariableName), ("index", ExpressionAttributeKind.VariableName) },
        [ScxmlNames.Log] = new[] { ("expr", ExpressionAttributeKind.OptionalValue) },
        [ScxmlNames.Assign] = new[] { ("location", Location), ("expr", Value) },
        [ScxmlNames.Data] = new[] { ("id", ExpressionAttributeKind.VariableName), ("expr", Value) },
        [ScxmlNames.Param] = new[] { ("location", Location), ("expr", Value) },
        [ScxmlNames.Content] = new[] { ("expr", Value) },
        [ScxmlNames.Cancel] = new[] { ("sendidexpr", Value) },
        [ScxmlNames.Send] = new[]
        {
            ("eventexpr", Value), ("targetexpr", Value), ("typeexpr", Value), ("delayexpr", Value),
            ("idlocation", Location), ("namelist", ExpressionAttributeKind.LocationList),
        },
        [ScxmlNames.Invoke] = new[]
        {
            ("typeexpr", Value), ("srcexpr", Value), ("idlocation", Location), ("namelist", ExpressionAttributeKind.LocationList),
        },
    };

    // ORS follows the May 2009 working draft: <send event/target/delay> are expressions, and Composer writes the body
    // of session:fetch's <content> as _expr.
    private static readonly Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> OrsAttributes = new(StringComparer.Ordinal)
    {
        [ScxmlNames.Send] = new[] { ("event", Value), ("target", Value), ("delay", Value) },
        [ScxmlNames.Content] = new[] { ("_expr", Value) },
    };

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

        var ors = context.Dialect == Dialect.Ors;
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

            Check(context, element, W3CAttributes);
            if (ors)
            {
                Check(context, element, OrsAttributes);
            }
        }
    }

    /// <summary>Other data models (null, xpath) are not ECMAScript; no attribute means the ECMAScript default.</summary>
    private static bool UsesEcmaScript(SyntaxElement root)
    {
        var model = root.GetAttributeValue("datamodel") ?? root.GetAttributeValue("profile");
        return model == null || string.Equals(model.Trim(), "ecmascript", StringComparison.OrdinalIgnoreCase);
    }

    private static void Check(DocumentContext context, SyntaxElement element, Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> table)
    {
        if (!table.TryGetValue(element.LocalName, out var attributes))
        {
            return;
        }

        foreach (var (name, kind) in attributes)
        {
            var attribute = element.GetAttribute(name);
            if (attribute == null)
            {
                continue;
            }

            switch (kind)
            {
                case ExpressionAttributeKind.Value:
                    ScriptValidator.ValidateExpression(context, attribute);
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
