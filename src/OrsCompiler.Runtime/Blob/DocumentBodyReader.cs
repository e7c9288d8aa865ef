using System;
using System.Collections.Generic;
using OrsCompiler.Runtime.MessagePack;
using OrsCompiler.Runtime.Model;
using static OrsCompiler.Runtime.Blob.DocumentBodyWriter;

namespace OrsCompiler.Runtime.Blob;

/// <summary>
/// Decodes the blob body written by <see cref="DocumentBodyWriter"/> and rebuilds the derived data (children, depths,
/// exit sets). A record may be shorter than this version's (left-out trailing fields take their defaults) or longer
/// (a newer minor version: the extra fields are skipped). The result is not validated here; the loader does that.
/// </summary>
internal ref struct DocumentBodyReader
{
    private MessagePackReader _reader;
    private string[] _strings;

    // Descriptors of strings in the table, parsed once and shared: most events repeat.
    private EventDescriptor?[] _sharedEvents;

    // Action depth at which the document being read is embedded (0 for the blob's own): embedded documents count
    // towards the nesting limit, so a hostile blob cannot nest them without bound.
    private int _baseDepth;

    // The header of the blob, which embedded documents share.
    private BlobHeader _header;

    private DocumentBodyReader(ReadOnlySpan<byte> body)
    {
        _reader = new MessagePackReader(body);
        _strings = [];
        _sharedEvents = [];
        _baseDepth = 0;
        _header = null!;
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
        _header = header;
        var fields = BeginRecord(DocumentFields, "document");
        _strings = ReadStringTable();
        _sharedEvents = new EventDescriptor?[_strings.Length];
        var name = ReadText();
        var datamodel = ReadText();
        var binding = ReadBinding();
        var persist = ReadNullableBoolean();
        var sendSessionRecovered = ReadNullableBoolean();
        var dialect = ReadText();
        var states = ReadStates();
        var subtreeEnds = CompiledDocument.ComputeSubtreeEnds(states);
        var transitions = ReadTransitions(states, subtreeEnds);
        var script = ReadActions(1);
        SkipUnknownFields(fields, DocumentFields);
        return new CompiledDocument(states, transitions, script, subtreeEnds)
        {
            Header = header,
            Name = name,
            DatamodelKind = datamodel,
            Binding = binding,
            Persist = persist,
            SendSessionRecovered = sendSessionRecovered,
            Dialect = dialect,
        };
    }

    private string[] ReadStringTable()
    {
        var count = _reader.ReadArrayHeader();
        var strings = NewArray<string>(count);
        for (var i = 0; i < count; i++)
        {
            strings[i] = _reader.ReadString();
        }

        return strings;
    }

    private CompiledState[] ReadStates()
    {
        var count = _reader.ReadArrayHeader();
        var states = NewArray<CompiledState>(count);
        for (var i = 0; i < count; i++)
        {
            states[i] = ReadState(i);
        }

        // Children and depths follow from the parents. A parent that does not precede its child is left for the
        // validator to report; here it only must not break the computation.
        var depths = new int[count];
        var childCounts = new int[count];
        for (var i = 1; i < count; i++)
        {
            var parent = states[i].Parent;
            if (parent >= 0 && parent < i)
            {
                childCounts[parent]++;
                depths[i] = depths[parent] + 1;
            }
        }

        var children = new int[count][];
        for (var i = 0; i < count; i++)
        {
            children[i] = childCounts[i] == 0 ? [] : new int[childCounts[i]];
            childCounts[i] = 0;
        }

        for (var i = 1; i < count; i++)
        {
            var parent = states[i].Parent;
            if (parent >= 0 && parent < i)
            {
                children[parent][childCounts[parent]++] = i;
            }
        }

        for (var i = 0; i < count; i++)
        {
            states[i].AttachToTree(children[i], depths[i]);
        }

        return states;
    }

    private CompiledState ReadState(int index)
    {
        var fields = BeginRecord(MinStateFields, "state");
        var id = ReadText();
        var kind = (StateKind)_reader.ReadInt32();
        var parent = _reader.ReadInt32();
        var position = ReadPosition();
        var transitions = fields > 5 ? ReadIndices() : [];
        var initialTransition = fields > 6 ? _reader.ReadInt32() : -1;
        var onEntry = fields > 7 ? ReadBlocks() : [];
        var onExit = fields > 8 ? ReadBlocks() : [];
        var data = fields > 9 ? ReadDataDeclarations() : [];
        var invokes = fields > 10 ? ReadActions(1) : [];
        var doneData = fields > 11 ? ReadOptionalAction() : null;
        SkipUnknownFields(fields, StateFields);
        return new CompiledState(transitions, onEntry, onExit, invokes, data)
        {
            Index = index,
            Id = id,
            Kind = kind,
            Parent = parent,
            InitialTransition = initialTransition,
            DoneData = doneData,
            Position = position,
        };
    }

    private CompiledTransition[] ReadTransitions(CompiledState[] states, int[] ends)
    {
        var exitSets = new IndexRange?[states.Length];
        var count = _reader.ReadArrayHeader();
        var transitions = NewArray<CompiledTransition>(count);
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
            var exitSet = targets.Length > 0 && domain >= 0 && domain < states.Length
                ? exitSets[domain] ??= new IndexRange(domain + 1, ends[domain])
                : IndexRange.Empty;
            transitions[i] = new CompiledTransition(targets, events, actions, exitSet)
            {
                Index = i,
                Source = source,
                Condition = condition,
                Type = type,
                Domain = domain,
                Position = position,
            };
        }

        return transitions;
    }

    private CompiledData[] ReadDataDeclarations()
    {
        var count = _reader.ReadArrayHeader();
        var declarations = NewArray<CompiledData>(count);
        for (var i = 0; i < count; i++)
        {
            var fields = BeginRecord(MinDataFields, "data declaration");
            var id = ReadText();
            var position = ReadPosition();
            var expression = fields > 3 ? ReadExpression() : null;
            var source = fields > 4 ? ReadNullableText() : null;
            var content = fields > 5 ? ReadExpression() : null;
            var extensionAttributes = fields > 6 ? ReadAttributes() : [];
            declarations[i] = new CompiledData(extensionAttributes) { Id = id, Position = position, Expression = expression, Source = source, Content = content };
            SkipUnknownFields(fields, DataFields);
        }

        return declarations;
    }

    private IReadOnlyList<CompiledAction>[] ReadBlocks()
    {
        var count = _reader.ReadArrayHeader();
        var blocks = NewArray<IReadOnlyList<CompiledAction>>(count);
        for (var i = 0; i < count; i++)
        {
            blocks[i] = ReadActions(1);
        }

        return blocks;
    }

    private CompiledAction[] ReadActions(int depth)
    {
        var count = _reader.ReadArrayHeader();
        var actions = NewArray<CompiledAction>(count);
        for (var i = 0; i < count; i++)
        {
            actions[i] = ReadAction(depth);
        }

        return actions;
    }

    private CompiledAction? ReadOptionalAction() => _reader.TryReadNil() ? null : ReadAction(1);

    private CompiledAction ReadAction(int depth)
    {
        if (_baseDepth + depth > BlobFormat.MaxActionDepth)
        {
            throw new MessagePackSerializationException("Actions nest deeper than " + BlobFormat.MaxActionDepth + " levels", _reader.Position);
        }

        var fields = BeginRecord(MinActionFields, "action");
        var kind = (ActionKind)_reader.ReadInt32();
        var position = ReadPosition();
        var attributes = fields > 3 ? ReadAttributes() : [];
        var children = fields > 4 ? ReadActions(depth + 1) : [];
        var body = fields > 5 ? ReadExpression() : null;
        var @namespace = fields > 6 ? ReadNullableText() : null;
        var localName = fields > 7 ? ReadNullableText() : null;
        var document = fields > 8 ? ReadEmbeddedDocument(depth) : null;
        SkipUnknownFields(fields, ActionFields);
        return new CompiledAction(attributes, children) { Kind = kind, Position = position, Body = body, Namespace = @namespace, LocalName = localName, Document = document };
    }

    /// <summary>A nested document record with its own string table; the enclosing document's table is restored after it.</summary>
    private CompiledDocument? ReadEmbeddedDocument(int depth)
    {
        if (_reader.TryReadNil())
        {
            return null;
        }

        var (strings, sharedEvents, baseDepth) = (_strings, _sharedEvents, _baseDepth);
        _baseDepth += depth;
        try
        {
            return ReadDocument(_header);
        }
        finally
        {
            (_strings, _sharedEvents, _baseDepth) = (strings, sharedEvents, baseDepth);
        }
    }

    private CompiledAttribute[] ReadAttributes()
    {
        var count = _reader.ReadMapHeader();
        var attributes = NewArray<CompiledAttribute>(count);
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
        var events = NewArray<EventDescriptor>(count);
        for (var i = 0; i < count; i++)
        {
            if (_reader.NextType == MessagePackType.Integer)
            {
                var index = ReadTableIndex();
                events[i] = _sharedEvents[index] ??= new EventDescriptor(_strings[index]);
            }
            else
            {
                events[i] = new EventDescriptor(_reader.ReadString());
            }
        }

        return events;
    }

    private SourcePosition ReadPosition() => new(_reader.ReadInt32(), _reader.ReadInt32());

    private int[] ReadIndices()
    {
        var count = _reader.ReadArrayHeader();
        var indices = NewArray<int>(count);
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
    private string ReadText() => _reader.NextType == MessagePackType.Integer ? _strings[ReadTableIndex()] : _reader.ReadString();

    private int ReadTableIndex()
    {
        var start = _reader.Position;
        var index = _reader.ReadInt64();
        return index >= 0 && index < _strings.Length
            ? (int)index
            : throw new MessagePackSerializationException("String index " + index + " is outside the table of " + _strings.Length, start);
    }

    // Empty lists are common (a state without transitions but with onentry...): share one empty array per type.
    private static T[] NewArray<T>(int count) => count == 0 ? Array.Empty<T>() : new T[count];

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
}
