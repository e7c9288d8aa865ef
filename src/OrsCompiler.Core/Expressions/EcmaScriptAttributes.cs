using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Model;
using OrsCompiler.Ors;
using OrsCompiler.Model.Schema;
using OrsCompiler.Syntax;

namespace OrsCompiler.Expressions;

/// <summary>
/// Which attributes of the SCXML elements hold ECMAScript, and how each is read: one table for the expression rule
/// (which checks them) and the compiler (which marks them as expressions for the engine). Derived from the one schema
/// (<see cref="ScxmlSchema"/>, W3C and ORS), with three deliberate readings the schema does not express:
/// <c>log/@expr</c> may be empty, <c>data/@id</c> declares a variable, and ORS's <c>content/@_expr</c> (a Genesys
/// extension attribute, which the schema leaves to the dialect rules) is an expression.
/// </summary>
internal static class EcmaScriptAttributes
{
    private static readonly Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> W3C = Derive(ScxmlSchema.W3C, Dialect.W3C);

    private static readonly Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> Ors = Derive(ScxmlSchema.Ors, Dialect.Ors);

    /// <summary>The ECMAScript attributes of an SCXML element (by local name) in a dialect, in a fixed order; empty for others.</summary>
    public static IReadOnlyList<(string Attribute, ExpressionAttributeKind Kind)> Of(string localName, Dialect dialect) =>
        (dialect == Dialect.Ors ? Ors : W3C).TryGetValue(localName, out var attributes) ? attributes : Array.Empty<(string, ExpressionAttributeKind)>();

    /// <summary>How an unqualified attribute of an SCXML element is read as ECMAScript, or null when it is not.</summary>
    public static ExpressionAttributeKind? KindOf(string localName, string attribute, Dialect dialect)
    {
        foreach (var (name, kind) in Of(localName, dialect))
        {
            if (name == attribute)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an expression attribute holds one of the documented literals instead: in ORS, <c>&lt;send
    /// target="_internal"&gt;</c> and <c>"#_internal"</c> (Genesys 8.1 SCXML Technical Reference) name the internal
    /// queue as written. Such a value is neither checked nor compiled as ECMAScript.
    /// </summary>
    public static bool IsDocumentedLiteral(SyntaxElement element, SyntaxAttribute attribute, Dialect dialect) =>
        dialect == Dialect.Ors
        && attribute.LocalName == "target" && attribute.NamespaceUri.Length == 0
        && ScxmlNames.IsScxml(element, ScxmlNames.Send)
        && ScxmlSchema.Ors.IsInternalTarget(attribute.Value.Trim());

    private static Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> Derive(ScxmlSchema schema, Dialect dialect)
    {
        var table = new Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]>(StringComparer.Ordinal);
        foreach (var element in schema.AllElements)
        {
            var attributes = new List<(string, ExpressionAttributeKind)>();
            foreach (var attribute in element.Attributes.Values)
            {
                if (KindOf(element.Name, attribute) is { } kind)
                {
                    attributes.Add((attribute.Name, kind));
                }
            }

            if (dialect == Dialect.Ors && element.Name == ScxmlNames.Content)
            {
                attributes.Add((OrsExtensionAttributes.Expression, ExpressionAttributeKind.Value));
            }

            if (attributes.Count > 0)
            {
                table.Add(element.Name, attributes.ToArray());
            }
        }

        return table;
    }

    private static ExpressionAttributeKind? KindOf(string element, AttributeSchema attribute) => attribute.Kind switch
    {
        // W3C test 307: <log expr=""> logs its label only.
        AttributeKind.ValueExpression when element == ScxmlNames.Log && attribute.Name == "expr" => ExpressionAttributeKind.OptionalValue,
        AttributeKind.ValueExpression => ExpressionAttributeKind.Value,
        AttributeKind.LocationExpression => ExpressionAttributeKind.Location,
        AttributeKind.LocationList => ExpressionAttributeKind.LocationList,
        AttributeKind.VariableName => ExpressionAttributeKind.VariableName,

        // A data id is an XML ID for the schema and a variable for the data model (no '.' or '-').
        AttributeKind.Id when element == ScxmlNames.Data => ExpressionAttributeKind.VariableName,
        _ => null,
    };
}
