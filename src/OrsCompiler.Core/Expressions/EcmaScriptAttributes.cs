using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Expressions;

/// <summary>
/// Which attributes of the SCXML elements hold ECMAScript, and how each is read: one table for the expression rule
/// (which checks them) and the compiler (which marks them as expressions for the engine).
/// </summary>
internal static class EcmaScriptAttributes
{
    private const ExpressionAttributeKind Value = ExpressionAttributeKind.Value;
    private const ExpressionAttributeKind Location = ExpressionAttributeKind.Location;

    // SCXML 1.0 (W3C Recommendation).
    private static readonly Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> W3C = new(StringComparer.Ordinal)
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
    private static readonly Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> Ors = WithAdditions(
        W3C,
        new Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]>(StringComparer.Ordinal)
        {
            [ScxmlNames.Send] = new[] { ("event", Value), ("target", Value), ("delay", Value) },
            [ScxmlNames.Content] = new[] { ("_expr", Value) },
        });

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

    private static Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> WithAdditions(
        Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> table,
        Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]> additions)
    {
        var merged = new Dictionary<string, (string Attribute, ExpressionAttributeKind Kind)[]>(table, StringComparer.Ordinal);
        foreach (var pair in additions)
        {
            merged[pair.Key] = merged.TryGetValue(pair.Key, out var existing) ? existing.Concat(pair.Value).ToArray() : pair.Value;
        }

        return merged;
    }
}
