using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// What every session of a document reads and none changes, made once per document: its states and transitions as
/// arrays, states by id, and whether the document passed validation (the interpreter validates what it is given to start). Sessions used to build all of it each.
/// </summary>
internal sealed class DocumentIndex
{
    private static readonly ConditionalWeakTable<CompiledDocument, DocumentIndex> Indexes = new();

    private readonly CompiledDocument _document;
    private volatile bool _valid;

    private DocumentIndex(CompiledDocument document)
    {
        _document = document;
        States = document.States.ToArray();
        Transitions = document.Transitions.ToArray();
        var stateIds = new Dictionary<string, int>(States.Length, StringComparer.Ordinal);
        foreach (var state in States)
        {
            stateIds[state.Id] = state.Index;
        }

        StateIds = stateIds;
    }

    public CompiledState[] States { get; }

    public CompiledTransition[] Transitions { get; }

    public IReadOnlyDictionary<string, int> StateIds { get; }

    public static DocumentIndex Of(CompiledDocument document) => Indexes.GetValue(document, d => new DocumentIndex(d));

    /// <summary>Validates the document once; throws as <see cref="CompiledDocument.Validate"/> does, every time, for an invalid one.</summary>
    public static void EnsureValid(CompiledDocument document)
    {
        var index = Of(document);
        if (!index._valid)
        {
            index._document.Validate();
            index._valid = true;
        }
    }
}
