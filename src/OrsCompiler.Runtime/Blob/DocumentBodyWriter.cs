using System.Collections.Generic;
using OrsCompiler.Runtime.MessagePack;

namespace OrsCompiler.Runtime;

/// <summary>
/// Encodes a document as the blob body: positional arrays (field order documented in docs/blob-format.md), so the
/// body carries no key names and equal documents give equal bytes. Derived data (children, depths, exit sets) is not
/// stored; the reader rebuilds it from parents and domains.
/// </summary>
internal static class DocumentBodyWriter
{
    public const int DocumentFields = 9;
    public const int StateFields = 11;
    public const int TransitionFields = 8;
    public const int ActionFields = 7;
    public const int DataFields = 6;
    public const int ExpressionFields = 3;
    public const int PositionFields = 2;

    public static byte[] Write(CompiledDocument document)
    {
        var writer = new MessagePackWriter(4096);
        writer.WriteArrayHeader(DocumentFields);
        writer.Write(document.Name);
        writer.Write(document.DatamodelKind);
        writer.Write(document.Binding == BindingMode.Late ? "late" : "early");
        WriteNullable(writer, document.Persist);
        WriteNullable(writer, document.SendSessionRecovered);
        writer.Write(document.Dialect);

        writer.WriteArrayHeader(document.States.Count);
        foreach (var state in document.States)
        {
            WriteState(writer, state);
        }

        writer.WriteArrayHeader(document.Transitions.Count);
        foreach (var transition in document.Transitions)
        {
            WriteTransition(writer, transition);
        }

        WriteActions(writer, document.Script);
        return writer.ToArray();
    }

    private static void WriteState(MessagePackWriter writer, CompiledState state)
    {
        writer.WriteArrayHeader(StateFields);
        writer.Write(state.Id);
        writer.Write((int)state.Kind);
        writer.Write(state.Parent);
        writer.Write(state.InitialTransition);
        WriteIndices(writer, state.Transitions);
        WriteBlocks(writer, state.OnEntry);
        WriteBlocks(writer, state.OnExit);
        WriteActions(writer, state.Invokes);
        WriteOptional(writer, state.DoneData);
        writer.WriteArrayHeader(state.DataDeclarations.Count);
        foreach (var data in state.DataDeclarations)
        {
            WriteData(writer, data);
        }

        WritePosition(writer, state.Position);
    }

    private static void WriteTransition(MessagePackWriter writer, CompiledTransition transition)
    {
        writer.WriteArrayHeader(TransitionFields);
        writer.Write(transition.Source);
        WriteIndices(writer, transition.Targets);
        writer.WriteArrayHeader(transition.Events.Count);
        foreach (var descriptor in transition.Events)
        {
            writer.Write(descriptor.Text);
        }

        WriteExpression(writer, transition.Condition);
        writer.Write((int)transition.Type);
        writer.Write(transition.Domain);
        WriteActions(writer, transition.Actions);
        WritePosition(writer, transition.Position);
    }

    private static void WriteData(MessagePackWriter writer, CompiledData data)
    {
        writer.WriteArrayHeader(DataFields);
        writer.Write(data.Id);
        WriteExpression(writer, data.Expression);
        writer.Write(data.Source);
        WriteExpression(writer, data.Content);
        WriteAttributes(writer, data.ExtensionAttributes);
        WritePosition(writer, data.Position);
    }

    private static void WriteBlocks(MessagePackWriter writer, IReadOnlyList<IReadOnlyList<CompiledAction>> blocks)
    {
        writer.WriteArrayHeader(blocks.Count);
        foreach (var block in blocks)
        {
            WriteActions(writer, block);
        }
    }

    private static void WriteActions(MessagePackWriter writer, IReadOnlyList<CompiledAction> actions)
    {
        writer.WriteArrayHeader(actions.Count);
        foreach (var action in actions)
        {
            WriteAction(writer, action);
        }
    }

    private static void WriteOptional(MessagePackWriter writer, CompiledAction? action)
    {
        if (action is null)
        {
            writer.WriteNil();
        }
        else
        {
            WriteAction(writer, action);
        }
    }

    private static void WriteAction(MessagePackWriter writer, CompiledAction action)
    {
        writer.WriteArrayHeader(ActionFields);
        writer.Write((int)action.Kind);
        writer.Write(action.Namespace);
        writer.Write(action.LocalName);
        WriteAttributes(writer, action.Attributes);
        WriteActions(writer, action.Children);
        WriteExpression(writer, action.Body);
        WritePosition(writer, action.Position);
    }

    /// <summary>A map from name to a str (literal) or an expression array: the value's type tells which.</summary>
    private static void WriteAttributes(MessagePackWriter writer, IReadOnlyList<CompiledAttribute> attributes)
    {
        writer.WriteMapHeader(attributes.Count);
        foreach (var attribute in attributes)
        {
            writer.Write(attribute.Name);
            if (attribute.Expression is { } expression)
            {
                WriteExpression(writer, expression);
            }
            else
            {
                writer.Write(attribute.Literal);
            }
        }
    }

    private static void WriteExpression(MessagePackWriter writer, CompiledExpression? expression)
    {
        if (expression is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteArrayHeader(ExpressionFields);
        writer.Write(expression.Source);
        writer.Write(expression.IsValid);
        WritePosition(writer, expression.Position);
    }

    private static void WritePosition(MessagePackWriter writer, SourcePosition position)
    {
        writer.WriteArrayHeader(PositionFields);
        writer.Write(position.Line);
        writer.Write(position.Column);
    }

    private static void WriteIndices(MessagePackWriter writer, IReadOnlyList<int> indices)
    {
        writer.WriteArrayHeader(indices.Count);
        foreach (var index in indices)
        {
            writer.Write(index);
        }
    }

    private static void WriteNullable(MessagePackWriter writer, bool? value)
    {
        if (value is { } flag)
        {
            writer.Write(flag);
        }
        else
        {
            writer.WriteNil();
        }
    }
}
