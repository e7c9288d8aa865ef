using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// Whether a document's scripts may change an ECMAScript built-in (<c>String.prototype.trim = ...</c>, a polyfill,
/// or <c>Object.defineProperty(Array.prototype, ...)</c>). Such a document cannot run on a shared, hardened realm:
/// its sessions get a private one (<see cref="JintRealm.Private"/>). The test is textual and errs towards a private
/// realm; a change made through an alias (<c>var p = Array.prototype; p.x = 1</c>) escapes it and is refused by the
/// hardened realm (a TypeError for an existing property; in sloppy mode a new property is dropped, as on any frozen
/// object).
/// </summary>
internal static class BuiltInMutation
{
    private const string BuiltIn = @"\b(?:Object|Function|Array|String|Boolean|Number|Date|RegExp|Math|JSON|Error|EvalError|RangeError|ReferenceError|SyntaxError|TypeError|URIError|_genesys)\b";

    // A member of a built-in on the left of an assignment (not ==), or a built-in passed to a reflective mutator.
    private static readonly Regex Mutation = new(
        BuiltIn + @"(?:\s*(?:\.\s*[A-Za-z_$][\w$]*|\[[^\]]*\]))+\s*(?:[-+*/%&|^]|<<|>>>?)?=(?!=)"
        + @"|\b(?:defineProperty|defineProperties|freeze|seal|preventExtensions|__defineGetter__|__defineSetter__)\s*\(\s*" + BuiltIn
        + @"|" + BuiltIn + @"(?:\s*(?:\.\s*[A-Za-z_$][\w$]*|\[[^\]]*\]))+\s*(?:\+\+|--)"
        + @"|(?:\+\+|--)\s*" + BuiltIn + @"\s*[.\[]"
        + @"|\bdelete\s+" + BuiltIn + @"\s*[.\[]",
        RegexOptions.CultureInvariant);

    private static readonly ConditionalWeakTable<CompiledDocument, object> Verdicts = new();

    public static bool In(CompiledDocument document) =>
        (bool)Verdicts.GetValue(document, d => Sources(d).Any(source => Mutation.IsMatch(source)));

    private static IEnumerable<string> Sources(CompiledDocument document)
    {
        foreach (var data in document.DataDeclarations)
        {
            foreach (var expression in new[] { data.Expression, data.Content })
            {
                if (expression is not null)
                {
                    yield return expression.Source;
                }
            }
        }

        var actions = new Stack<CompiledAction>(document.Script);
        foreach (var state in document.States)
        {
            foreach (var action in state.OnEntry.Concat(state.OnExit).SelectMany(block => block).Concat(state.Invokes))
            {
                actions.Push(action);
            }

            if (state.DoneData is { } doneData)
            {
                actions.Push(doneData);
            }
        }

        foreach (var transition in document.Transitions)
        {
            if (transition.Condition is { } condition)
            {
                yield return condition.Source;
            }

            foreach (var action in transition.Actions)
            {
                actions.Push(action);
            }
        }

        while (actions.Count > 0)
        {
            var action = actions.Pop();
            if (action.Body is { } body)
            {
                yield return body.Source;
            }

            foreach (var attribute in action.Attributes)
            {
                if (attribute.Expression is { } expression)
                {
                    yield return expression.Source;
                }
            }

            foreach (var child in action.Children)
            {
                actions.Push(child);
            }
        }
    }
}
