using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Integration.Tests.Support;

/// <summary>Every expression of a compiled document: conditions, attributes, bodies and data, wherever they sit.</summary>
internal static class CompiledExpressions
{
    public static IEnumerable<CompiledExpression> All(CompiledDocument document)
    {
        var actions = document.Script
            .Concat(document.Transitions.SelectMany(t => t.Actions))
            .Concat(document.States.SelectMany(s => s.OnEntry.Concat(s.OnExit).SelectMany(b => b).Concat(s.Invokes)))
            .Concat(document.States.Where(s => s.DoneData != null).Select(s => s.DoneData!));
        var fromActions = actions.SelectMany(Flatten).SelectMany(a => a.Attributes.Select(x => x.Expression).Append(a.Body));
        var fromData = document.DataDeclarations.SelectMany(d => new[] { d.Expression, d.Content });
        var conditions = document.Transitions.Select(t => t.Condition);
        return fromActions.Concat(fromData).Concat(conditions).Where(e => e != null).Select(e => e!);
    }

    private static IEnumerable<CompiledAction> Flatten(CompiledAction action) => action.Children.SelectMany(Flatten).Prepend(action);
}
