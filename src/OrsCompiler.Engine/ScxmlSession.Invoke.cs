using System;
using System.Collections.Generic;
using System.Linq;
using Jint.Native;
using Jint.Runtime;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

// <invoke> of SCXML child sessions: start, finalize, autoforward, cancellation on exit.
public sealed partial class ScxmlSession
{
    private static readonly HashSet<string> ScxmlInvokeTypes = new(StringComparer.Ordinal)
    {
        "http://www.w3.org/TR/scxml/", "http://www.w3.org/TR/scxml", "scxml", ScxmlInterpreter.ScxmlProcessorType,
    };

    private readonly Dictionary<string, Invocation> _invocations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _cancelledInvocations = new(StringComparer.Ordinal);

    internal ScxmlSession? FindChild(string invokeId) => _invocations.TryGetValue(invokeId, out var invocation) ? invocation.Child : null;

    private void StartInvoke(int state, CompiledAction invoke)
    {
        var invokeId = invoke.GetLiteral("id") ?? _states[state].Id + "." + _interpreter.NextId("invoke");
        try
        {
            if (invoke.GetExpression("idlocation") is { } idLocation)
            {
                _data.Assign(idLocation, new JsValue(invokeId));
            }

            var type = Text(invoke, "type", "typeexpr");
            if (type is not null && !ScxmlInvokeTypes.Contains(type))
            {
                throw new ScriptErrorException("the <invoke> type '" + type + "' is not supported (only SCXML sessions are)");
            }

            var document = LoadChildDocument(invoke);
            var parameters = InvokeParameters(invoke);
            var child = _interpreter.CreateSession(document, null, this, invokeId, parameters);
            var invocation = new Invocation(invokeId, state, child, invoke.GetLiteral("autoforward") == "true", invoke.Children.FirstOrDefault(c => c.Kind == ActionKind.Finalize));
            _invocations[invokeId] = invocation;
            child.Start();
        }
        catch (ScriptErrorException exception)
        {
            RaiseError("error.execution", "<invoke> '" + invokeId + "': " + exception.Message);
        }
    }

    private CompiledDocument LoadChildDocument(CompiledAction invoke)
    {
        var src = Text(invoke, "src", "srcexpr");
        try
        {
            if (src is not null)
            {
                return (_interpreter.Sources.LoadDocument ?? throw new ScriptErrorException("the host supplies no documents"))(src);
            }

            // Inline documents come compiled in the blob: the compiler embedded each inline <scxml>.
            var content = invoke.Children.FirstOrDefault(c => c.Kind == ActionKind.Content) ?? throw new ScriptErrorException("<invoke> has neither src nor content");
            if (content.GetExpression("expr") is { } expr)
            {
                return EmbeddedDocuments.Find(Document, Markup(_data.Evaluate(expr)))
                    ?? throw new ScriptErrorException("the content expression does not evaluate to an <scxml> document compiled into the blob");
            }

            return content.Document
                ?? throw new ScriptErrorException(content.Body is null ? "<invoke> has empty content" : "the inline content is not an <scxml> document that compiles");
        }
        catch (Exception exception) when (exception is not ScriptErrorException and not EngineLimitException)
        {
            throw new ScriptErrorException("cannot load the invoked document" + (src is null ? "" : " '" + src + "'") + ": " + exception.Message);
        }
    }

    // XML content evaluates to a DOM document that keeps its markup; anything else is read as text.
    private string Markup(JsValue value)
    {
        using (_data.Enter())
        {
            return value.IsObject() && value.AsObject().Get("markup") is { } markup && markup.IsString() ? markup.AsString() : _data.Describe(value);
        }
    }

    private Dictionary<string, string?>? InvokeParameters(CompiledAction invoke)
    {
        // The content of an invoke is the child document, not data.
        var json = BuildData(invoke, withContent: false);
        if (json is null)
        {
            return null;
        }

        var value = _data.ParseJson(json);
        if (!value.IsObject())
        {
            return null;
        }

        var parameters = new Dictionary<string, string?>(StringComparer.Ordinal);
        var source = value.AsObject();
        foreach (var property in source.GetOwnProperties().ToArray())
        {
            parameters[property.Key] = _data.ToJson(source.Get(property.Key));
        }

        return parameters;
    }

    private void CancelInvocations(int state)
    {
        if (_invocations.Count == 0)
        {
            return;
        }

        foreach (var invocation in _invocations.Values.Where(i => i.State == state).ToArray())
        {
            _invocations.Remove(invocation.Id);
            if (invocation.Child.IsRunning)
            {
                // Events it sent before it finished still count; those of a session cancelled while running do not.
                _cancelledInvocations.Add(invocation.Id);
            }

            invocation.Child.Cancel();
        }
    }

    /// <summary>The invoking state was exited: stop without a done event.</summary>
    internal void Cancel()
    {
        foreach (var invocation in _invocations.Values.ToArray())
        {
            invocation.Child.Cancel();
        }

        _invocations.Clear();
        _finalConfiguration ??= AtomicConfiguration();
        Halt();
        _interpreter.Remove(this);
    }

    private sealed record Invocation(string Id, int State, ScxmlSession Child, bool AutoForward, CompiledAction? Finalize);
}
