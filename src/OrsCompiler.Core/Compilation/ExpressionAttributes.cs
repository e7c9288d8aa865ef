using System.Collections.Generic;
using OrsCompiler.Model;
using OrsCompiler.Syntax;

namespace OrsCompiler.Compilation;

/// <summary>
/// Which attributes hold ECMAScript (value or location expressions) and which hold literal text (event names, ids,
/// URLs, variable names). SCXML 1.0 fixes the set for its elements; ORS (2009 draft semantics) also evaluates
/// <c>send/@event</c> and <c>send/@delay</c> and the <c>_expr</c> of <c>&lt;content&gt;</c>; every attribute of a
/// Genesys module action is an expression (strings are quoted: <c>queue="'VQ_x'"</c>).
/// </summary>
internal static class ExpressionAttributes
{
    private static readonly Dictionary<string, string[]> Scxml = new()
    {
        [ScxmlNames.Transition] = ["cond"],
        [ScxmlNames.If] = ["cond"],
        [ScxmlNames.ElseIf] = ["cond"],
        [ScxmlNames.Log] = ["expr"],
        [ScxmlNames.Assign] = ["location", "expr"],
        [ScxmlNames.Data] = ["expr"],
        [ScxmlNames.Param] = ["expr", "location"],
        [ScxmlNames.Content] = ["expr"],
        [ScxmlNames.Send] = ["eventexpr", "targetexpr", "typeexpr", "idlocation", "delayexpr"],
        [ScxmlNames.Cancel] = ["sendidexpr"],
        [ScxmlNames.Foreach] = ["array"],
        [ScxmlNames.Invoke] = ["typeexpr", "srcexpr", "idlocation"],
    };

    private static readonly Dictionary<string, string[]> OrsAdditions = new()
    {
        [ScxmlNames.Send] = ["event", "delay"],
        [ScxmlNames.Content] = ["_expr"],
    };

    public static bool IsExpression(SyntaxElement element, SyntaxAttribute attribute, Dialect dialect)
    {
        if (attribute.NamespaceUri.Length != 0)
        {
            return false;
        }

        if (ScxmlNames.IsGenesysNamespace(element.NamespaceUri))
        {
            return true;
        }

        if (element.NamespaceUri != ScxmlNames.Namespace)
        {
            return false;
        }

        return Contains(Scxml, element.LocalName, attribute.LocalName)
               || (dialect == Dialect.Ors && Contains(OrsAdditions, element.LocalName, attribute.LocalName));
    }

    private static bool Contains(Dictionary<string, string[]> table, string element, string attribute) =>
        table.TryGetValue(element, out var names) && System.Array.IndexOf(names, attribute) >= 0;
}
