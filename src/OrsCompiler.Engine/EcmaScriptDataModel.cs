using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Array;
using Jint.Native.Global;
using Jint.Native.Object;
using Jint.Parser;
using Jint.Parser.Ast;
using Jint.Runtime;
using Jint.Runtime.Environments;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// One session's ECMAScript data model on Jint 2.10.4: evaluation of expressions and scripts, locations, the system
/// variables (read-only: assigning one throws, which the engine reports as <c>error.execution</c>) and JSON transfer.
/// The session's variables live in a global object of its own over a realm shared with other sessions
/// (<see cref="JintRealm"/>); every use of the engine happens inside <see cref="Enter"/>.
/// </summary>
internal sealed class EcmaScriptDataModel
{
    private static readonly Regex Identifier = new(@"^\s*[A-Za-z_$][A-Za-z0-9_$]*\s*$", RegexOptions.CultureInvariant);

    private readonly JintRealm _realm;
    private readonly Func<string, bool> _inState;
    private readonly Action<string, string> _recordEffect;
    private JsValue _event = JsValue.Undefined;
    private JsValue _sessionId = JsValue.Undefined;
    private JsValue _name = JsValue.Undefined;
    private JsValue? _ioProcessors;
    private string _ioProcessorsJson = "{}";
    private ObjectInstance? _interactions;

    // Parsed programs are shared by every session: parsing each expression again in each new session was most of a
    // session's cost. Jint 2.10 caches a literal's value in the AST, which is harmless for strings, numbers and
    // booleans but would hand one session's RegExp object to another, so a source that may hold a regular expression
    // literal (any '/') stays with its session. Bounded, so a host running endless generated sources parses the ones
    // beyond the bound in each session rather than growing without end.
    private const int MaxSharedPrograms = 10_000;
    private static readonly ConcurrentDictionary<string, Program> SharedPrograms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Program> _ownPrograms = new(StringComparer.Ordinal);

    // call: for an ORS document, the call whose user data and interactions _genesys.ixn shows; null for a W3C document,
    // which has no _genesys.
    public EcmaScriptDataModel(JintRealm realm, Func<string, bool> inState, Action<string, string> recordEffect, CallState? call)
    {
        _realm = realm;
        _inState = inState;
        _recordEffect = recordEffect;
        Call = call;
        (Global, Scope) = realm.CreateSessionScope();
    }

    /// <summary>The session's <c>_genesys.ixn.interactions</c>, made when first read.</summary>
    internal ObjectInstance Interactions => _interactions ??= NewObject();

    /// <summary>The call an ORS session runs for, or null (W3C documents).</summary>
    internal CallState? Call { get; }

    /// <summary>The session's global object: its variables, over the realm's built-ins.</summary>
    internal GlobalObject Global { get; }

    internal LexicalEnvironment Scope { get; }

    /// <summary>Takes the realm for this session; every use of a value or of the engine happens inside.</summary>
    public JintRealm.Entry Enter() => _realm.Enter(this);

    internal JintRealm Realm => _realm;

    internal JsValue SystemVariable(string name) => name switch
    {
        "_event" => _event,
        "_sessionid" => _sessionId,
        "_name" => _name,
        _ => _ioProcessors ??= ParseJson(_ioProcessorsJson), // read by few documents: parsed when first read
    };

    internal bool InState(string stateId) => _inState(stateId);

    internal void RecordEffect(string function, string argumentsJson) => _recordEffect(function, argumentsJson);

    /// <summary>Makes <c>_genesys.ixn.interactions[id]</c> exist (ORS documents): the call showed the session this interaction.</summary>
    public void AddInteraction(string interactionId)
    {
        if (Call is null)
        {
            return;
        }

        Call.AddInteraction(interactionId);
        using (Enter())
        {
            if (!Interactions.HasOwnProperty(interactionId))
            {
                // Genesys documents both forms: interactions[ixnid] (Access Interaction Properties) and, for a routing
                // strategy, interactions[0], the first interaction (Interaction Interface Object Model).
                var interaction = GenesysObject.Interaction(_realm, interactionId);
                Interactions.FastAddProperty(interactionId, interaction, true, true, true);
                if (!Interactions.HasOwnProperty("0"))
                {
                    Interactions.FastAddProperty("0", interaction, true, false, true);
                }
            }
        }
    }

    public void SetSystemVariables(string sessionId, string name, string ioProcessorsJson)
    {
        _sessionId = new JsValue(sessionId);
        _name = new JsValue(name);
        _ioProcessorsJson = ioProcessorsJson;
        _ioProcessors = null;
    }

    public void SetEvent(ScxmlEvent scxmlEvent)
    {
        using (Enter())
        {
            // A fresh object has no properties to check against, so the fields go in directly.
            var value = _realm.Engine.Object.Construct(Arguments.Empty);
            value.FastAddProperty("name", scxmlEvent.Name, true, true, true);
            value.FastAddProperty("type", scxmlEvent.Type switch { EventType.Platform => "platform", EventType.Internal => "internal", _ => "external" }, true, true, true);
            value.FastAddProperty("sendid", Text(scxmlEvent.SendId), true, true, true);
            value.FastAddProperty("origin", Text(scxmlEvent.Origin), true, true, true);
            value.FastAddProperty("origintype", Text(scxmlEvent.OriginType), true, true, true);
            value.FastAddProperty("invokeid", Text(scxmlEvent.InvokeId), true, true, true);
            var data = scxmlEvent.DataJson is null ? JsValue.Undefined : ParseJson(scxmlEvent.DataJson);
            value.FastAddProperty("data", data, true, true, true);
            _event = value;
            if (Call is not null && scxmlEvent.Name == "interaction.added" && data.IsObject() && data.AsObject().Get("interactionid") is { } id && id.IsString())
            {
                AddInteraction(id.AsString());
            }
        }
    }

    /// <summary>Evaluates an expression; throws <see cref="ScriptErrorException"/> for an invalid or failing one.</summary>
    public JsValue Evaluate(CompiledExpression expression)
    {
        if (!expression.IsValid)
        {
            throw new ScriptErrorException("the expression '" + expression.Source + "' is not valid ECMAScript");
        }

        var shape = ExpressionShape.Of(expression);
        if (shape.Literal is { } literal)
        {
            return literal;
        }

        if (shape.Identifier is { } name)
        {
            try
            {
                using (Enter())
                {
                    if (Global.HasProperty(name))
                    {
                        return Global.Get(name);
                    }
                }
            }
            catch (JavaScriptException exception)
            {
                throw new ScriptErrorException(expression.Source + ": " + exception.Message);
            }

            // Undeclared: Jint gives the ReferenceError.
        }

        return Run(shape.Source, expression.Source, shape.Program);
    }

    public JsValue EvaluateSource(string source) => Run("(" + source + "\n)", source);

    public bool EvaluateCondition(CompiledExpression expression) => TypeConverter.ToBoolean(Evaluate(expression));

    public void ExecuteScript(CompiledExpression script)
    {
        if (!script.IsValid)
        {
            throw new ScriptErrorException("the script at line " + script.Position + " is not valid ECMAScript");
        }

        Run(script.Source, "script at line " + script.Position);
    }

    /// <summary>Declares a variable (undefined) in the global scope.</summary>
    public void Declare(string name)
    {
        using (Enter())
        {
            if (!Global.HasOwnProperty(name))
            {
                Global.Put(name, JsValue.Undefined, false);
            }
        }
    }

    public bool IsDeclared(string name)
    {
        using (Enter())
        {
            return Global.HasProperty(name);
        }
    }

    /// <summary>Assigns to a location: an existing variable or a member of an existing object.</summary>
    public void Assign(CompiledExpression location, JsValue value)
    {
        if (!location.IsValid)
        {
            throw new ScriptErrorException("the location '" + location.Source + "' is not valid ECMAScript");
        }

        if (ExpressionShape.Of(location).Identifier is { } name)
        {
            AssignVariable(name, value);
            return;
        }

        AssignSource(location.Source, value);
    }

    private void AssignVariable(string name, JsValue value)
    {
        try
        {
            using (Enter())
            {
                if (!Global.HasProperty(name))
                {
                    throw new ScriptErrorException("the location '" + name + "' is not a declared variable");
                }

                // What `name = value` does in the session's scope: a read-only system variable's setter throws.
                Global.Put(name, value, false);
            }
        }
        catch (JavaScriptException exception)
        {
            throw new ScriptErrorException(name + ": " + exception.Message);
        }
    }

    public void AssignSource(string location, JsValue value)
    {
        if (Identifier.IsMatch(location))
        {
            var name = location.Trim();
            if (!IsDeclared(name))
            {
                throw new ScriptErrorException("the location '" + name + "' is not a declared variable");
            }
        }

        using (Enter())
        {
            Global.Put("__ors_value", value, false);
            Run(location + "\n= __ors_value", location);
        }
    }

    public void SetVariable(string name, JsValue value)
    {
        using (Enter())
        {
            Global.Put(name, value, false);
        }
    }

    public JsValue GetVariable(string name)
    {
        using (Enter())
        {
            return Global.Get(name);
        }
    }

    public ObjectInstance NewObject()
    {
        using (Enter())
        {
            return _realm.Engine.Object.Construct(Arguments.Empty);
        }
    }

    public JsValue ParseJson(string json)
    {
        using (Enter())
        {
            var value = _realm.Engine.Json.Parse(JsValue.Undefined, [json]);
            return json.Contains("\"__ors_xml\"", StringComparison.Ordinal) ? _realm.Reviver.Invoke(value) : value;
        }
    }

    /// <summary>The value as JSON, or null for undefined (and for values JSON cannot express).</summary>
    public string? ToJson(JsValue value)
    {
        if (value.IsUndefined())
        {
            return null;
        }

        try
        {
            using (Enter())
            {
                if (PlainJson.TryWrite(value, _realm.Engine.Object.PrototypeObject, _realm.Engine.Array.PrototypeObject, out var plain))
                {
                    return plain;
                }

                var json = _realm.Engine.Json.Stringify(JsValue.Undefined, [value]);
                return json.IsUndefined() ? null : json.AsString();
            }
        }
        catch (JavaScriptException)
        {
            return null;
        }
    }

    /// <summary>Parses inline or loaded content: JSON when it is JSON, otherwise the text with white space normalized.</summary>
    public JsValue ParseContent(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("<", StringComparison.Ordinal) && XmlContent.ToJson(trimmed) is { } xml)
        {
            return ParseJson(xml);
        }

        if (trimmed.Length > 0 && (trimmed[0] is '{' or '[' or '"' || char.IsDigit(trimmed[0]) || trimmed[0] == '-' || trimmed is "true" or "false" or "null"))
        {
            try
            {
                return ParseJson(trimmed);
            }
            catch (JavaScriptException)
            {
                // Not JSON: an ECMAScript literal such as { a: 1 }, or plain text.
            }

            try
            {
                return EvaluateSource(trimmed);
            }
            catch (ScriptErrorException)
            {
                // Plain text.
            }
        }

        return new JsValue(NormalizeSpace(trimmed));
    }

    public static string NormalizeSpace(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    /// <summary>The value as a string, as ECMAScript's String() gives it (which may run the value's toString).</summary>
    public string Describe(JsValue value)
    {
        if (value.IsUndefined())
        {
            return "undefined";
        }

        using (Enter())
        {
            return TypeConverter.ToString(value);
        }
    }

    /// <summary>The values of an array, or of an object's enumerable own properties, as they are now.</summary>
    public IReadOnlyList<JsValue> Snapshot(ObjectInstance source)
    {
        using (Enter())
        {
            var values = new List<JsValue>();
            if (source is ArrayInstance array)
            {
                var length = (uint)TypeConverter.ToNumber(array.Get("length"));
                for (uint i = 0; i < length; i++)
                {
                    values.Add(array.Get(i.ToString(CultureInfo.InvariantCulture)));
                }
            }
            else
            {
                foreach (var property in source.GetOwnProperties().ToArray())
                {
                    if (property.Value.Enumerable == true)
                    {
                        values.Add(source.Get(property.Key));
                    }
                }
            }

            return values;
        }
    }

    private static JsValue Text(string? text) => text is null ? JsValue.Undefined : new JsValue(text);

    private Program Parse(string source)
    {
        if (SharedPrograms.TryGetValue(source, out var program) || _ownPrograms.TryGetValue(source, out program))
        {
            return program;
        }

        program = new JavaScriptParser().Parse(source);
        if (!source.Contains('/', StringComparison.Ordinal) && SharedPrograms.Count < MaxSharedPrograms)
        {
            SharedPrograms.TryAdd(source, program);
        }
        else
        {
            _ownPrograms[source] = program;
        }

        return program;
    }

    private JsValue Run(string source, string what, Program? parsed = null)
    {
        try
        {
            using (Enter())
            {
                return _realm.Engine.Execute(parsed ?? Parse(source)).GetCompletionValue();
            }
        }
        catch (StatementsCountOverflowException)
        {
            throw new EngineLimitException("The " + what + " ran more than the statement limit: an infinite loop?");
        }
        catch (RecursionDepthOverflowException)
        {
            throw new EngineLimitException("The " + what + " recursed deeper than the call-depth limit.");
        }
        catch (JavaScriptException exception)
        {
            throw new ScriptErrorException(what + ": " + exception.Message);
        }
        catch (ParserException exception)
        {
            throw new ScriptErrorException(what + ": " + exception.Message);
        }
        catch (Exception exception) when (exception is not EngineLimitException and not ScriptErrorException and not OutOfMemoryException)
        {
            // Jint surfaces some script faults as .NET exceptions (a call on undefined, a bad cast).
            throw new ScriptErrorException(what + ": " + exception.Message);
        }
    }
}
