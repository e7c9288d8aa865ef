using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// One SCXML session: the W3C interpretation algorithm (Recommendation, Appendix D) over a compiled document. States are
/// numbered in document order, so entry order is ascending index order and exit order descending; transition domains
/// and exit sets come from the compiler.
/// </summary>
public sealed partial class ScxmlSession
{
    private readonly ScxmlInterpreter _interpreter;
    private readonly CompiledState[] _states;
    private readonly CompiledTransition[] _transitions;
    private readonly bool[] _active;
    private readonly int[]?[] _history;
    private readonly bool[] _dataInitialized;
    private readonly bool[] _toInvoke;
    private readonly Queue<ScxmlEvent> _internal = new();
    private readonly Queue<ScxmlEvent> _external = new();
    private readonly EcmaScriptDataModel _data;
    private readonly IReadOnlyDictionary<string, string?>? _parameters;
    private readonly IReadOnlyDictionary<string, int> _stateIds;
    private IReadOnlyList<string>? _finalConfiguration;
    private List<int>? _recentTransitions;

    internal ScxmlSession(ScxmlInterpreter interpreter, CompiledDocument document, string id, ScxmlSession? parent, string? invokeId, IReadOnlyDictionary<string, string?>? parameters)
    {
        _interpreter = interpreter;
        Document = document;
        Id = id;
        Parent = parent;
        InvokeId = invokeId;
        _parameters = parameters;
        var index = DocumentIndex.Of(document);
        _states = index.States;
        _transitions = index.Transitions;
        _stateIds = index.StateIds;
        _active = new bool[_states.Length];
        _history = new int[_states.Length][];
        _dataInitialized = new bool[_states.Length];
        _toInvoke = new bool[_states.Length];
        // Sessions share a hardened Jint realm unless their scripts change the built-ins.
        var realm = BuiltInMutation.In(document) ? JintRealm.Private(interpreter.Limits) : JintRealm.Shared(interpreter.Limits);
        _data = new EcmaScriptDataModel(realm, In, RecordScriptEffect, document.Dialect == "ors" ? interpreter.Call : null);
    }

    public string Id { get; }

    public CompiledDocument Document { get; }

    /// <summary>The invoking session, or null for a top-level session.</summary>
    public ScxmlSession? Parent { get; }

    /// <summary>The id of the invoke that started this session, or null.</summary>
    public string? InvokeId { get; }

    /// <summary>False once the session reached a top-level final state, was cancelled, or the run failed.</summary>
    public bool IsRunning { get; private set; }

    /// <summary>True once the session reached a top-level final state.</summary>
    public bool IsFinished { get; private set; }

    /// <summary>The active atomic states in document order; for a finished session, those it finished in.</summary>
    public IReadOnlyList<string> Configuration => _finalConfiguration ?? AtomicConfiguration();

    /// <summary>Every active state (atomic or not) in document order.</summary>
    public IReadOnlyList<string> FullConfiguration => Enumerable.Range(0, _states.Length).Where(i => _active[i]).Select(i => _states[i].Id).ToArray();

    internal bool HasExternal => _external.Count > 0;

    /// <summary>The value of a variable as JSON (null when undefined).</summary>
    public string? GetVariableJson(string name) => _data.ToJson(_data.GetVariable(name));

    /// <summary>Every data declaration's value as JSON: what ORS persists of the data model.</summary>
    public IReadOnlyDictionary<string, string?> SnapshotData()
    {
        var snapshot = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var declaration in Document.DataDeclarations)
        {
            if (declaration.Id.Length > 0)
            {
                snapshot[declaration.Id] = GetVariableJson(declaration.Id);
            }
        }

        return snapshot;
    }

    private void RecordScriptEffect(string function, string argumentsJson) =>
        _interpreter.Record(new SideEffect(Id, function, [new KeyValuePair<string, string>("arguments", argumentsJson)], null, _interpreter.Now));

    internal bool In(string stateId) => stateId is not null && _stateIds.TryGetValue(stateId, out var index) && _active[index];

    internal void Enqueue(ScxmlEvent scxmlEvent)
    {
        if (!IsRunning)
        {
            return;
        }

        if (_external.Count >= _interpreter.Limits.MaxQueuedEvents)
        {
            throw new EngineLimitException(
                "More than " + _interpreter.Limits.MaxQueuedEvents + " events waiting in the external queue of session '" + Id + "' (an event flood; last '" + scxmlEvent.Name + "').");
        }

        _external.Enqueue(scxmlEvent);
    }

    internal ScxmlEvent? TakeExternal() => _external.Count > 0 ? _external.Dequeue() : null;

    /// <summary>Stops the session where it is (the run failed): no exit handlers, no done event.</summary>
    internal void Halt()
    {
        IsRunning = false;
        _external.Clear();
        _internal.Clear();
    }

    /// <summary>Raises an error event; its data names the element and position, as SCION does (<c>tagname</c>, <c>line</c>, <c>column</c>, <c>reason</c>).</summary>
    internal void RaiseError(string name, string message, string? sendId = null, string? tagName = null, SourcePosition position = default)
    {
        _interpreter.WriteLog(Id + " " + name + ": " + message);
        var data = "{\"message\":" + JsonText.Quote(message) + ",\"reason\":" + JsonText.Quote(message)
                   + (tagName is null ? "" : ",\"tagname\":" + JsonText.Quote(tagName))
                   + ",\"line\":" + position.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
                   + ",\"column\":" + position.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        _internal.Enqueue(new ScxmlEvent(name) { Type = EventType.Platform, SendId = sendId, DataJson = data });
    }

    private IReadOnlyList<string> AtomicConfiguration()
    {
        var ids = new List<string>();
        for (var i = 0; i < _states.Length; i++)
        {
            if (_active[i] && _states[i].IsAtomic)
            {
                ids.Add(_states[i].Id);
            }
        }

        return ids;
    }
}
