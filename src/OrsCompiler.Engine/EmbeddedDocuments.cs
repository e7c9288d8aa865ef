using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// The child documents the compiler embedded in a blob, found by their markup: a <c>&lt;content expr&gt;</c> names an
/// inline <c>&lt;scxml&gt;</c> the document holds elsewhere (an <c>&lt;assign&gt;</c>), and the engine runs its compiled
/// form instead of compiling markup at run time.
/// </summary>
internal static class EmbeddedDocuments
{
    private static readonly ConditionalWeakTable<CompiledDocument, Dictionary<string, CompiledDocument>> ByMarkup = new();

    /// <summary>The embedded document whose markup is exactly <paramref name="markup"/>, or null.</summary>
    public static CompiledDocument? Find(CompiledDocument document, string markup) =>
        ByMarkup.GetValue(document, Collect).TryGetValue(markup.Trim(), out var child) ? child : null;

    private static Dictionary<string, CompiledDocument> Collect(CompiledDocument document)
    {
        var found = new Dictionary<string, CompiledDocument>(StringComparer.Ordinal);
        Add(found, document.Script);
        foreach (var transition in document.Transitions)
        {
            Add(found, transition.Actions);
        }

        foreach (var state in document.States)
        {
            foreach (var block in state.OnEntry)
            {
                Add(found, block);
            }

            foreach (var block in state.OnExit)
            {
                Add(found, block);
            }

            Add(found, state.Invokes);
        }

        return found;
    }

    private static void Add(Dictionary<string, CompiledDocument> found, IReadOnlyList<CompiledAction> actions)
    {
        foreach (var action in actions)
        {
            if (action is { Document: { } child, Body: { } body })
            {
                found.TryAdd(body.Source.Trim(), child);
            }

            Add(found, action.Children);
        }
    }
}
