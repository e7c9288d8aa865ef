using System;
using System.Collections.Generic;
using OrsCompiler.Runtime.MessagePack;
using static OrsCompiler.Runtime.DocumentBodyWriter;

namespace OrsCompiler.Runtime;

/// <summary>
/// Decodes the blob body written by <see cref="DocumentBodyWriter"/> and rebuilds the derived data (children, depths,
/// exit sets). A record may be shorter than this version's (left-out trailing fields take their defaults) or longer
/// (a newer minor version: the extra fields are skipped). The result is not validated here; the loader does that.
/// </summary>
internal ref struct DocumentBodyReader
{
    private MessagePackReader _reader;
    private string[] _strings;

    private DocumentBodyReader(ReadOnlySpan<byte> body)
    {
        _reader = new MessagePackReader(body);
        _strings = [];
    }

    public static CompiledDocument Read(ReadOnlySpan<byte> body, BlobHeader header)
    {
        var reader = new DocumentBodyReader(body);
        var document = reader.ReadDocument(header);
        if (!reader._reader.End)
        {
            throw new MessagePackSerializationException("Unexpected data after the document", reader._reader.Position);
        }

        return document;
    }

    private CompiledDocument ReadDocument(BlobHeader header)
    {
        var fields = BeginRecord(DocumentFields, "document");
        _strings = ReadStringTable();
        var name = ReadText();
        var datamodel = ReadText();
        var binding = ReadBinding();
        var persist = ReadNullableBoolean();
        var sendSessionRecovered = ReadNullableBoolean();
        var dialect = ReadText();
        var states = ReadStates();
        var transitions = ReadTransitions(states);
        var script = ReadActions(1);
        SkipUnknownFields(fields, DocumentFields);
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

    private string[] ReadStringTable()
    {
        var count = _reader.ReadArrayHeader();
        var strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            strings[i] = _reader.ReadString();
        }

        return strings;
    }

    private CompiledState[] ReadStates()
    {
        var count = _reader.ReadArrayHeader();
        var records = new StateRecord[count];
        for (var i = 0; i < count; i++)
        {
            records[i] = ReadState();
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

    private StateRecord ReadState()
    {
        var fields = BeginRecord(MinStateFields, "state");
        var record = new StateRecord
        {
            Id = ReadText(),
            Kind = (StateKind)_reader.ReadInt32(),
            Parent = _reader.ReadInt32(),
            Position = ReadPosition(),
            Transitions = fields > 5 ? ReadIndices() : [],
            InitialTransition = fields > 6 ? _reader.ReadInt32() : -1,
            OnEntry = fields > 7 ? ReadBlocks() : [],
            OnExit = fields > 8 ? ReadBlocks() : [],
            Data = fields > 9 ? ReadDataDeclarations() : [],
            Invokes = fields > 10 ? ReadActions(1) : [],
            DoneData = fields > 11 ? ReadOptionalAction() : null,
        };
        SkipUnknownFields(fields, StateFields);
        return record;
    }

    private CompiledTransition[] ReadTransitions(CompiledState[] states)
    {
        var ends = CompiledDocument.ComputeSubtreeEnds(states);
        var count = _reader.ReadArrayHeader();
        var transitions = new CompiledTransition[count];
        for (var i = 0; i < count; i++)
        {
            var fields = BeginRecord(MinTransitionFields, "transition");
            var source = _reader.ReadInt32();
            var targets = ReadIndices();
            var domain = _reader.ReadInt32();
            var position = ReadPosition();
            var events = fields > 5 ? ReadEvents() : [];
            var actions = fields > 6 ? ReadActions(1) : [];
            var condition = fields > 7 ? ReadExpression() : null;
            var type = fields > 8 ? (TransitionType)_reader.ReadInt32() : TransitionType.External;
            SkipUnknownFields(fields, TransitionFields);

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

    private CompiledData[] ReadDataDeclarations()
    {
        var count = _reader.ReadArrayHeader();
        var declarations = new CompiledData[count];
        for (var i = 0; i < count; i++)
        {
            var fields = BeginRecord(MinDataFields, "data declaration");
            declarations[i] = new CompiledData
            {
                Id = ReadText(),
                Position = ReadPosition(),
                Expression = fields > 3 ? ReadExpression() : null,
                Source = fields > 4 ? ReadNullableText() : null,
                Content = fields > 5 ? ReadExpression() : null,
                ExtensionAttributes = fields > 6 ? ReadAttributes() : [],
            };
            SkipUnknownFields(fields, DataFields);
        }

        return declarations;
    }

    private IReadOnlyList<CompiledAction>[] ReadBlocks()
    {
        var count = _reader.ReadArrayHeader();
        var blocks = new IReadOnlyList<CompiledAction>[count];
        for (var i = 0; i < count; i++)
        {
            blocks[i] = ReadActions(1);
        }

        return blocks;
    }

    private CompiledAction[] ReadActions(int depth)
    {
        var count = _reader.ReadArrayHeader();
        var actions = new CompiledAction[count];
        for (var i = 0; i < count; i++)
        {
            actions[i] = ReadAction(depth);
        }

        return actions;
    }

    private CompiledAction? ReadOptionalAction() => _reader.TryReadNil() ? null : ReadAction(1);

    private CompiledAction ReadAction(int depth)
    {
        if (depth > BlobFormat.MaxActionDepth)
        {
            throw new MessagePackSerializationException("Actions nest deeper than " + BlobFormat.MaxActionDepth + " levels", _reader.Position);
        }

        var fields = BeginRecord(MinActionFields, "action");
        var action = new CompiledAction
        {
            Kind = (ActionKind)_reader.ReadInt32(),
            Position = ReadPosition(),
            Attributes = fields > 3 ? ReadAttributes() : [],
            Children = fields > 4 ? ReadActions(depth + 1) : [],
            Body = fields > 5 ? ReadExpression() : null,
            Namespace = fields > 6 ? ReadNullableText() : null,
            LocalName = fields > 7 ? ReadNullableText() : null,
        };
        SkipUnknownFields(fields, ActionFields);
        return action;
    }

    private CompiledAttribute[] ReadAttributes()
    {
        var count = _reader.ReadMapHeader();
        var attributes = new CompiledAttribute[count];
        for (var i = 0; i < count; i++)
        {
            var name = ReadText();
            var type = _reader.NextType;
            attributes[i] = type is MessagePackType.String or MessagePackType.Integer
                ? new CompiledAttribute(name, ReadText())
                : new CompiledAttribute(name, ReadExpression() ?? throw new MessagePackSerializationException("Attribute '" + name + "' is nil", _reader.Position - 1));
        }

        return attributes;
    }

    private CompiledExpression? ReadExpression()
    {
        if (_reader.TryReadNil())
        {
            return null;
        }

        var fields = BeginRecord(MinExpressionFields, "expression");
        var source = ReadText();
        var position = fields > 1 ? ReadPosition() : SourcePosition.Unknown;
        var isValid = fields <= 3 || _reader.ReadBoolean();
        SkipUnknownFields(fields, ExpressionFields);
        return new CompiledExpression(source, isValid, position);
    }

    private EventDescriptor[] ReadEvents()
    {
        var count = _reader.ReadArrayHeader();
        var events = new EventDescriptor[count];
        for (var i = 0; i < count; i++)
        {
            events[i] = new EventDescriptor(ReadText());
        }

        return events;
    }

    private SourcePosition ReadPosition() => new(_reader.ReadInt32(), _reader.ReadInt32());

    private int[] ReadIndices()
    {
        var count = _reader.ReadArrayHeader();
        var indices = new int[count];
        for (var i = 0; i < count; i++)
        {
            indices[i] = _reader.ReadInt32();
        }

        return indices;
    }

    private BindingMode ReadBinding()
    {
        var start = _reader.Position;
        return ReadText() switch
        {
            "early" => BindingMode.Early,
            "late" => BindingMode.Late,
            var other => throw new MessagePackSerializationException("Unknown binding '" + other + "'", start),
        };
    }

    private bool? ReadNullableBoolean() => _reader.TryReadNil() ? null : _reader.ReadBoolean();

    private string? ReadNullableText() => _reader.TryReadNil() ? null : ReadText();

    /// <summary>Reads a string stored inline, or as an index into the string table.</summary>
    private string ReadText()
    {
        if (_reader.NextType != MessagePackType.Integer)
        {
            return _reader.ReadString();
        }

        var start = _reader.Position;
        var index = _reader.ReadInt64();
        return index >= 0 && index < _strings.Length
            ? _strings[index]
            : throw new MessagePackSerializationException("String index " + index + " is outside the table of " + _strings.Length, start);
    }

    /// <summary>Reads a record's array header and checks it has at least the mandatory fields; returns its field count.</summary>
    private int BeginRecord(int minimumFields, string what)
    {
        var start = _reader.Position;
        var count = _reader.ReadArrayHeader();
        if (count < minimumFields)
        {
            throw new MessagePackSerializationException("A " + what + " has " + count + " fields, expected at least " + minimumFields, start);
        }

        return count;
    }

    private void SkipUnknownFields(int fields, int knownFields)
    {
        for (var i = knownFields; i < fields; i++)
        {
            _reader.Skip();
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
