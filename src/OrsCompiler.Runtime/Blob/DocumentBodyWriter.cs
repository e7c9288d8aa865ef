using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Runtime.Blob;

/// <summary>
/// Encodes a document as the blob body (layout in docs/blob-format.md): positional records without key names,
/// trailing fields left out when they hold their default, positions inline, and every string that occurs more than
/// once stored once in a string table and referenced by index. Derived data (children, depths, exit sets) is not
/// stored. Equal documents give equal bytes: the table is ordered by frequency, then by first occurrence.
/// </summary>
internal sealed class DocumentBodyWriter
{
    /// <summary>Field counts of each record kind; readers accept longer records (newer minor versions).</summary>
    public const int DocumentFields = 10;
    public const int StateFields = 12;
    public const int TransitionFields = 9;
    public const int ActionFields = 9;
    public const int DataFields = 7;
    public const int ExpressionFields = 4;

    /// <summary>Fields a record must have; the others default when left out.</summary>
    public const int MinStateFields = 5;
    public const int MinTransitionFields = 5;
    public const int MinActionFields = 3;
    public const int MinDataFields = 3;
    public const int MinExpressionFields = 1;

    private readonly MessagePackWriter _writer;
    private readonly Dictionary<string, int>? _table;
    private readonly Dictionary<string, (int Count, int First)>? _occurrences;

    private DocumentBodyWriter(MessagePackWriter writer, Dictionary<string, int>? table, Dictionary<string, (int Count, int First)>? occurrences)
    {
        _writer = writer;
        _table = table;
        _occurrences = occurrences;
    }

    public static byte[] Write(CompiledDocument document)
    {
        // Pass 1 counts the strings (its bytes are thrown away); pass 2 writes with the table into the same buffer.
        var writer = new MessagePackWriter(1024);
        var occurrences = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var counting = new DocumentBodyWriter(writer, null, occurrences);
        counting.WriteDocument(document, []);

        var shared = occurrences.Where(o => o.Value.Count > 1)
            .OrderByDescending(o => o.Value.Count)
            .ThenBy(o => o.Value.First)
            .Select(o => o.Key)
            .ToArray();
        var table = new Dictionary<string, int>(shared.Length, StringComparer.Ordinal);
        for (var i = 0; i < shared.Length; i++)
        {
            table.Add(shared[i], i);
        }

        writer.Clear();
        var body = new DocumentBodyWriter(writer, table, null);
        body.WriteDocument(document, shared);
        return body._writer.ToArray();
    }

    private void WriteDocument(CompiledDocument document, string[] strings)
    {
        _writer.WriteArrayHeader(DocumentFields);
        _writer.WriteArrayHeader(strings.Length);
        foreach (var text in strings)
        {
            _writer.Write(text);
        }

        Text(document.Name);
        Text(document.DatamodelKind);
        Text(document.Binding == BindingMode.Late ? "late" : "early");
        WriteNullable(document.Persist);
        WriteNullable(document.SendSessionRecovered);
        Text(document.Dialect);
        _writer.WriteArrayHeader(document.States.Count);
        for (var i = 0; i < document.States.Count; i++)
        {
            WriteState(document.States[i]);
        }

        _writer.WriteArrayHeader(document.Transitions.Count);
        for (var i = 0; i < document.Transitions.Count; i++)
        {
            WriteTransition(document.Transitions[i]);
        }

        WriteActions(document.Script);
    }

    private void WriteState(CompiledState state)
    {
        var fields =
            state.DoneData is not null ? 12 :
            state.Invokes.Count > 0 ? 11 :
            state.DataDeclarations.Count > 0 ? 10 :
            state.OnExit.Count > 0 ? 9 :
            state.OnEntry.Count > 0 ? 8 :
            state.InitialTransition != -1 ? 7 :
            state.Transitions.Count > 0 ? 6 : MinStateFields;
        _writer.WriteArrayHeader(fields);
        Text(state.Id);
        _writer.Write((int)state.Kind);
        _writer.Write(state.Parent);
        WritePosition(state.Position);
        if (fields > 5)
        {
            WriteIndices(state.Transitions);
        }

        if (fields > 6)
        {
            _writer.Write(state.InitialTransition);
        }

        if (fields > 7)
        {
            WriteBlocks(state.OnEntry);
        }

        if (fields > 8)
        {
            WriteBlocks(state.OnExit);
        }

        if (fields > 9)
        {
            _writer.WriteArrayHeader(state.DataDeclarations.Count);
            foreach (var data in state.DataDeclarations)
            {
                WriteData(data);
            }
        }

        if (fields > 10)
        {
            WriteActions(state.Invokes);
        }

        if (fields > 11)
        {
            WriteAction(state.DoneData!);
        }
    }

    private void WriteTransition(CompiledTransition transition)
    {
        var fields =
            transition.Type != TransitionType.External ? 9 :
            transition.Condition is not null ? 8 :
            transition.Actions.Count > 0 ? 7 :
            transition.Events.Count > 0 ? 6 : MinTransitionFields;
        _writer.WriteArrayHeader(fields);
        _writer.Write(transition.Source);
        WriteIndices(transition.Targets);
        _writer.Write(transition.Domain);
        WritePosition(transition.Position);
        if (fields > 5)
        {
            _writer.WriteArrayHeader(transition.Events.Count);
            foreach (var descriptor in transition.Events)
            {
                Text(descriptor.Text);
            }
        }

        if (fields > 6)
        {
            WriteActions(transition.Actions);
        }

        if (fields > 7)
        {
            WriteExpression(transition.Condition);
        }

        if (fields > 8)
        {
            _writer.Write((int)transition.Type);
        }
    }

    private void WriteData(CompiledData data)
    {
        var fields =
            data.ExtensionAttributes.Count > 0 ? 7 :
            data.Content is not null ? 6 :
            data.Source is not null ? 5 :
            data.Expression is not null ? 4 : MinDataFields;
        _writer.WriteArrayHeader(fields);
        Text(data.Id);
        WritePosition(data.Position);
        if (fields > 3)
        {
            WriteExpression(data.Expression);
        }

        if (fields > 4)
        {
            NullableText(data.Source);
        }

        if (fields > 5)
        {
            WriteExpression(data.Content);
        }

        if (fields > 6)
        {
            WriteAttributes(data.ExtensionAttributes);
        }
    }

    private void WriteBlocks(IReadOnlyList<IReadOnlyList<CompiledAction>> blocks)
    {
        _writer.WriteArrayHeader(blocks.Count);
        foreach (var block in blocks)
        {
            WriteActions(block);
        }
    }

    private void WriteActions(IReadOnlyList<CompiledAction> actions)
    {
        _writer.WriteArrayHeader(actions.Count);
        for (var i = 0; i < actions.Count; i++)
        {
            WriteAction(actions[i]);
        }
    }

    private void WriteAction(CompiledAction action)
    {
        var fields =
            action.Document is not null ? 9 :
            action.Namespace is not null || action.LocalName is not null ? 8 :
            action.Body is not null ? 6 :
            action.Children.Count > 0 ? 5 :
            action.Attributes.Count > 0 ? 4 : MinActionFields;
        _writer.WriteArrayHeader(fields);
        _writer.Write((int)action.Kind);
        WritePosition(action.Position);
        if (fields > 3)
        {
            WriteAttributes(action.Attributes);
        }

        if (fields > 4)
        {
            WriteActions(action.Children);
        }

        if (fields > 5)
        {
            WriteExpression(action.Body);
        }

        if (fields > 6)
        {
            NullableText(action.Namespace);
            NullableText(action.LocalName);
        }

        if (fields > 8)
        {
            // A complete document record with its own string table, so it reads (and decodes) on its own. Written in
            // the second pass only (its strings are not the enclosing table's): writing it in both passes would be
            // exponential in the nesting depth.
            if (_occurrences is null)
            {
                _writer.WriteRaw(Write(action.Document!));
            }
            else
            {
                _writer.WriteNil();
            }
        }
    }

    /// <summary>A map from name to a string (a literal) or an expression record: the value's type tells which.</summary>
    private void WriteAttributes(IReadOnlyList<CompiledAttribute> attributes)
    {
        _writer.WriteMapHeader(attributes.Count);
        foreach (var attribute in attributes)
        {
            Text(attribute.Name);
            if (attribute.Expression is { } expression)
            {
                WriteExpression(expression);
            }
            else
            {
                Text(attribute.Literal!);
            }
        }
    }

    private void WriteExpression(CompiledExpression? expression)
    {
        if (expression is null)
        {
            _writer.WriteNil();
            return;
        }

        var fields = !expression.IsValid ? 4 : expression.Position != SourcePosition.Unknown ? 3 : MinExpressionFields;
        _writer.WriteArrayHeader(fields);
        Text(expression.Source);
        if (fields > 1)
        {
            WritePosition(expression.Position);
        }

        if (fields > 3)
        {
            _writer.Write(expression.IsValid);
        }
    }

    private void WritePosition(SourcePosition position)
    {
        _writer.Write(position.Line);
        _writer.Write(position.Column);
    }

    private void WriteIndices(IReadOnlyList<int> indices)
    {
        _writer.WriteArrayHeader(indices.Count);
        for (var i = 0; i < indices.Count; i++)
        {
            _writer.Write(indices[i]);
        }
    }

    private void WriteNullable(bool? value)
    {
        if (value is { } flag)
        {
            _writer.Write(flag);
        }
        else
        {
            _writer.WriteNil();
        }
    }

    private void NullableText(string? text)
    {
        if (text is null)
        {
            _writer.WriteNil();
        }
        else
        {
            Text(text);
        }
    }

    /// <summary>Writes a string as its index in the table, or inline when it occurs once.</summary>
    private void Text(string text)
    {
        if (_occurrences is not null)
        {
            _occurrences[text] = _occurrences.TryGetValue(text, out var seen) ? (seen.Count + 1, seen.First) : (1, _occurrences.Count);
        }

        if (_table is not null && _table.TryGetValue(text, out var index))
        {
            _writer.Write(index);
        }
        else
        {
            _writer.Write(text);
        }
    }
}
