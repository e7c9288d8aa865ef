using System;
using System.Collections.Generic;
using OrsCompiler.Runtime.MessagePack;
using static OrsCompiler.Runtime.DocumentBodyWriter;

namespace OrsCompiler.Runtime;

/// <summary>
/// Decodes the blob body written by <see cref="DocumentBodyWriter"/> and rebuilds the derived data (children, depths,
/// exit sets). Records may carry more fields than this version knows (a newer minor format): extra fields are skipped.
/// The result is not validated here; <see cref="OrsDocumentLoader"/> does that.
/// </summary>
internal static class DocumentBodyReader
{
    public static CompiledDocument Read(ReadOnlySpan<byte> body, BlobHeader header)
    {
        var reader = new MessagePackReader(body);
        var extra = BeginRecord(ref reader, DocumentFields, "document");
        var name = reader.ReadString();
        var datamodel = reader.ReadString();
        var binding = ReadBinding(ref reader);
        var persist = ReadNullableBoolean(ref reader);
        var sendSessionRecovered = ReadNullableBoolean(ref reader);
        var dialect = reader.ReadString();
        var states = ReadStates(ref reader);
        var transitions = ReadTransitions(ref reader, states);
        var script = ReadActions(ref reader, 1);
        SkipFields(ref reader, extra);
        if (!reader.End)
        {
            throw new MessagePackSerializationException("Unexpected data after the document", reader.Position);
        }

        return new CompiledDocument
        {
            Header = header,
            Name = name,
            DatamodelKind = datamodel,
            Binding = binding,
            Persist = persist,
            SendSessionRecovered = sendSessionRecovered,
            Dialect = dialect,
            States = states,
            Transitions = transitions,
            Script = script,
        };
    }

    private static CompiledState[] ReadStates(ref MessagePackReader reader)
    {
        var count = reader.ReadArrayHeader();
        var records = new StateRecord[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = ReadState(ref reader);
        }

        // Children and depths follow from the parents. A parent that does not precede its child is left for the
        // validator to report; here it only must not break the computation.
        var depths = new int[count];
        var children = new List<int>?[count];
        for (var i = 1; i < count; i++)
        {
            var parent = records[i].Parent;
            if (parent >= 0 && parent < i)
            {
                (children[parent] ??= []).Add(i);
                depths[i] = depths[parent] + 1;
            }
        }

        var states = new CompiledState[count];
        for (var i = 0; i < count; i++)
        {
            var record = records[i];
            states[i] = new CompiledState
            {
                Index = i,
                Id = record.Id,
                Kind = record.Kind,
                Parent = record.Parent,
                Children = children[i]?.ToArray() ?? [],
                Depth = depths[i],
                InitialTransition = record.InitialTransition,
                Transitions = record.Transitions,
                OnEntry = record.OnEntry,
                OnExit = record.OnExit,
                Invokes = record.Invokes,
                DoneData = record.DoneData,
                DataDeclarations = record.Data,
                Position = record.Position,
            };
        }

        return states;
    }

    private static StateRecord ReadState(ref MessagePackReader reader)
    {
        var extra = BeginRecord(ref reader, StateFields, "state");
        var record = new StateRecord
        {
            Id = reader.ReadString(),
            Kind = (StateKind)reader.ReadInt32(),
            Parent = reader.ReadInt32(),
            InitialTransition = reader.ReadInt32(),
            Transitions = ReadIndices(ref reader),
            OnEntry = ReadBlocks(ref reader),
            OnExit = ReadBlocks(ref reader),
            Invokes = ReadActions(ref reader, 1),
            DoneData = reader.TryReadNil() ? null : ReadAction(ref reader, 1),
            Data = ReadDataDeclarations(ref reader),
            Position = ReadPosition(ref reader),
        };
        SkipFields(ref reader, extra);
        return record;
    }

    private static CompiledTransition[] ReadTransitions(ref MessagePackReader reader, CompiledState[] states)
    {
        var ends = CompiledDocument.ComputeSubtreeEnds(states);
        var count = reader.ReadArrayHeader();
        var transitions = new CompiledTransition[count];
        for (var i = 0; i < count; i++)
        {
            var extra = BeginRecord(ref reader, TransitionFields, "transition");
            var source = reader.ReadInt32();
            var targets = ReadIndices(ref reader);
            var events = ReadEvents(ref reader);
            var condition = ReadExpression(ref reader);
            var type = (TransitionType)reader.ReadInt32();
            var domain = reader.ReadInt32();
            var actions = ReadActions(ref reader, 1);
            var position = ReadPosition(ref reader);
            SkipFields(ref reader, extra);

            // The exit set is every descendant of the domain; an out-of-range domain is left for the validator.
            var inRange = targets.Length > 0 && domain >= 0 && domain < states.Length;
            transitions[i] = new CompiledTransition
            {
                Index = i,
                Source = source,
                Targets = targets,
                Events = events,
                Condition = condition,
                Type = type,
                Domain = domain,
                ExitSet = inRange ? new IndexRange(domain + 1, ends[domain]) : IndexRange.Empty,
                Actions = actions,
                Position = position,
            };
        }

        return transitions;
    }

    private static CompiledData[] ReadDataDeclarations(ref MessagePackReader reader)
    {
        var count = reader.ReadArrayHeader();
        var declarations = new CompiledData[count];
        for (var i = 0; i < count; i++)
        {
            var extra = BeginRecord(ref reader, DataFields, "data declaration");
            declarations[i] = new CompiledData
            {
                Id = reader.ReadString(),
                Expression = ReadExpression(ref reader),
                Source = reader.ReadNullableString(),
                Content = ReadExpression(ref reader),
                ExtensionAttributes = ReadAttributes(ref reader),
                Position = ReadPosition(ref reader),
            };
            SkipFields(ref reader, extra);
        }

        return declarations;
    }

    private static IReadOnlyList<CompiledAction>[] ReadBlocks(ref MessagePackReader reader)
    {
        var count = reader.ReadArrayHeader();
        var blocks = new IReadOnlyList<CompiledAction>[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = ReadActions(ref reader, 1);
        }

        return blocks;
    }

    private static CompiledAction[] ReadActions(ref MessagePackReader reader, int depth)
    {
        var count = reader.ReadArrayHeader();
        var actions = new CompiledAction[count];
        for (var i = 0; i < count; i++)
        {
            actions[i] = ReadAction(ref reader, depth);
        }

        return actions;
    }

    private static CompiledAction ReadAction(ref MessagePackReader reader, int depth)
    {
        if (depth > BlobFormat.MaxActionDepth)
        {
            throw new MessagePackSerializationException("Actions nest deeper than " + BlobFormat.MaxActionDepth + " levels", reader.Position);
        }

        var extra = BeginRecord(ref reader, ActionFields, "action");
        var action = new CompiledAction
        {
            Kind = (ActionKind)reader.ReadInt32(),
            Namespace = reader.ReadNullableString(),
            LocalName = reader.ReadNullableString(),
            Attributes = ReadAttributes(ref reader),
            Children = ReadActions(ref reader, depth + 1),
            Body = ReadExpression(ref reader),
            Position = ReadPosition(ref reader),
        };
        SkipFields(ref reader, extra);
        return action;
    }

    private static CompiledAttribute[] ReadAttributes(ref MessagePackReader reader)
    {
        var count = reader.ReadMapHeader();
        var attributes = new CompiledAttribute[count];
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            attributes[i] = reader.NextType == MessagePackType.String
                ? new CompiledAttribute(name, reader.ReadString())
                : new CompiledAttribute(name, ReadExpression(ref reader) ?? throw new MessagePackSerializationException("Attribute '" + name + "' is nil", reader.Position - 1));
        }

        return attributes;
    }

    private static CompiledExpression? ReadExpression(ref MessagePackReader reader)
    {
        if (reader.TryReadNil())
        {
            return null;
        }

        var extra = BeginRecord(ref reader, ExpressionFields, "expression");
        var expression = new CompiledExpression(reader.ReadString(), reader.ReadBoolean(), ReadPosition(ref reader));
        SkipFields(ref reader, extra);
        return expression;
    }

    private static EventDescriptor[] ReadEvents(ref MessagePackReader reader)
    {
        var count = reader.ReadArrayHeader();
        var events = new EventDescriptor[count];
        for (var i = 0; i < count; i++)
        {
            events[i] = new EventDescriptor(reader.ReadString());
        }

        return events;
    }

    private static SourcePosition ReadPosition(ref MessagePackReader reader)
    {
        var extra = BeginRecord(ref reader, PositionFields, "position");
        var position = new SourcePosition(reader.ReadInt32(), reader.ReadInt32());
        SkipFields(ref reader, extra);
        return position;
    }

    private static int[] ReadIndices(ref MessagePackReader reader)
    {
        var count = reader.ReadArrayHeader();
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = reader.ReadInt32();
        }

        return indices;
    }

    private static BindingMode ReadBinding(ref MessagePackReader reader)
    {
        var start = reader.Position;
        return reader.ReadString() switch
        {
            "early" => BindingMode.Early,
            "late" => BindingMode.Late,
            var other => throw new MessagePackSerializationException("Unknown binding '" + other + "'", start),
        };
    }

    private static bool? ReadNullableBoolean(ref MessagePackReader reader) => reader.TryReadNil() ? null : reader.ReadBoolean();

    /// <summary>Reads a record's array header; returns how many trailing fields this version does not know.</summary>
    private static int BeginRecord(ref MessagePackReader reader, int knownFields, string what)
    {
        var start = reader.Position;
        var count = reader.ReadArrayHeader();
        if (count < knownFields)
        {
            throw new MessagePackSerializationException("A " + what + " has " + count + " fields, expected at least " + knownFields, start);
        }

        return count - knownFields;
    }

    private static void SkipFields(ref MessagePackReader reader, int count)
    {
        for (var i = 0; i < count; i++)
        {
            reader.Skip();
        }
    }

    /// <summary>A state's stored fields, held until the children and depths are known.</summary>
    private sealed class StateRecord
    {
        public string Id { get; init; } = "";

        public StateKind Kind { get; init; }

        public int Parent { get; init; }

        public int InitialTransition { get; init; }

        public int[] Transitions { get; init; } = [];

        public IReadOnlyList<CompiledAction>[] OnEntry { get; init; } = [];

        public IReadOnlyList<CompiledAction>[] OnExit { get; init; } = [];

        public CompiledAction[] Invokes { get; init; } = [];

        public CompiledAction? DoneData { get; init; }

        public CompiledData[] Data { get; init; } = [];

        public SourcePosition Position { get; init; }
    }
}
