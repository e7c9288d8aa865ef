using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Parser;
using Jint.Parser.Ast;
using Jint.Runtime;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

/// <summary>
/// One session's ECMAScript data model on Jint 2.10.4: evaluation of expressions and scripts, locations, the system
/// variables (read-only: assigning one throws, which the engine reports as <c>error.execution</c>) and JSON transfer.
/// </summary>
internal sealed class EcmaScriptDataModel
{
    private static readonly Regex Identifier = new(@"^\s*[A-Za-z_$][A-Za-z0-9_$]*\s*$", RegexOptions.CultureInvariant);

    // Accessors throw on assignment so that <assign location="_event"> fails as the W3C suite requires.
    private const string SystemVariables = @"(function (g) {
  function define(name, read) {
    Object.defineProperty(g, name, { get: read, set: function () { throw new Error('cannot assign to the system variable ' + name); }, enumerable: true, configurable: false });
  }
  define('_event', function () { return g.__ors_event; });
  define('_sessionid', function () { return g.__ors_sessionid; });
  define('_name', function () { return g.__ors_name; });
  define('_ioprocessors', function () { return g.__ors_ioprocessors; });
})(this);";

    // ORS's _genesys object, as far as the repository's strategies use it: calls that change the call (user data) are
    // recorded as side effects like the module actions, and change the call's user data (CallState), which
    // _genesys.ixn.interactions[id].udata reads; interactions[id] exists once interaction.added named it (IxnOM: the list
    // is empty before). Anything else is undefined, so a call to it fails with error.execution, a clear error rather than
    // a silent guess.
    private const string GenesysObject = @"(function (g) {
  function effect(name, apply) {
    return function () {
      __ors_effect(name, JSON.stringify(Array.prototype.slice.call(arguments)));
      if (arguments.length > 0 && arguments[0] !== undefined) { apply(JSON.stringify(arguments[0])); }
      return true;
    };
  }
  var interactions = {};
  g._genesys = {
    session: {},
    ixn: { interactions: interactions, setuData: effect('_genesys.ixn.setuData', __ors_udata_set), deleteuData: effect('_genesys.ixn.deleteuData', __ors_udata_delete) },
    queue: {}, dialog: {}, statistic: {}, resource: {}, classification: {}, ws: {}
  };
  g.__ors_interaction = function (id) {
    if (typeof id !== 'string' || interactions.hasOwnProperty(id)) { return; }
    var entry = { g_uid: id };
    Object.defineProperty(entry, 'udata', { get: function () { return JSON.parse(__ors_udata()); }, enumerable: true });
    interactions[id] = entry;
  };
})(this);";

    // XML content as a minimal DOM (getElementsByTagName, getAttribute, tagName, textContent): nodes are plain objects
    // marked __ors_xml, so they travel as JSON between sessions and are given their methods again when parsed
    // (__ors_revive: Jint 2.10's JSON.parse ignores a reviver, so the tree is walked after parsing). No '/' in these
    // scripts, so their parsed programs are shared (see SharedPrograms).
    private const string XmlNodes = @"(function (g) {
  var proto = {
    getElementsByTagName: function (name) {
      var found = [];
      (function walk(node) { for (var i = 0; i < node.children.length; i++) { var c = node.children[i]; if (name === '*' || c.tagName === name) { found.push(c); } walk(c); } })(this);
      return found;
    },
    getAttribute: function (name) { return this.attributes.hasOwnProperty(name) ? this.attributes[name] : null; }
  };
  g.__ors_revive = function revive(value) {
    if (!value || typeof value !== 'object') { return value; }
    var result = value.__ors_xml ? Object.create(proto) : value;
    for (var k in value) { if (value.hasOwnProperty(k)) { result[k] = revive(value[k]); } }
    return result;
  };
})(this);";

    private readonly Jint.Engine _engine;
    private readonly JsValue _reviver;
    // Parsed programs are shared by every session: parsing each expression again in each new session was most of a
    // session's cost. Jint 2.10 caches a literal's value in the AST, which is harmless for strings, numbers and
    // booleans but would hand one engine's RegExp object to another session, so a source that may hold a regular
    // expression literal (any '/') stays with its session. Bounded, so a host running endless generated sources
    // parses the ones beyond the bound in each session rather than growing without end.
    private const int MaxSharedPrograms = 10_000;
    private static readonly ConcurrentDictionary<string, Program> SharedPrograms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Program> _ownPrograms = new(StringComparer.Ordinal);

    private readonly CallState? _call;

    // call: the call whose user data and interactions _genesys.ixn shows (ORS documents only).
    public EcmaScriptDataModel(EngineLimits limits, Func<string, bool> inState, Action<string, string> recordEffect, bool orsDialect, CallState? call = null)
    {
        _engine = new Jint.Engine(options => options.MaxStatements(limits.MaxScriptStatements).LimitRecursion(limits.MaxScriptRecursion));
        _engine.SetValue("In", inState);
        Run(SystemVariables, "the system variables");
        Run(XmlNodes, "the XML node functions");
        _reviver = _engine.Global.Get("__ors_revive");
        if (orsDialect)
        {
            _call = call ?? new CallState();
            _engine.SetValue("__ors_effect", recordEffect);
            _engine.SetValue("__ors_udata", new Func<string>(() => _call.UserDataJson));
            _engine.SetValue("__ors_udata_set", new Action<string>(_call.SetUserData));
            _engine.SetValue("__ors_udata_delete", new Action<string>(_call.DeleteUserData));
            Run(GenesysObject, "the _genesys object");
        }
    }

    /// <summary>Makes <c>_genesys.ixn.interactions[id]</c> exist (ORS documents): the call showed the session this interaction.</summary>
    public void AddInteraction(string interactionId)
    {
        if (_call is null)
        {
            return;
        }

        _call.AddInteraction(interactionId);
        _engine.Invoke("__ors_interaction", interactionId);
    }

    public void SetSystemVariables(string sessionId, string name, string ioProcessorsJson)
    {
        _engine.SetValue("__ors_sessionid", sessionId);
        _engine.SetValue("__ors_name", name);
        _engine.Global.Put("__ors_ioprocessors", ParseJson(ioProcessorsJson), false);
    }

    public void SetEvent(ScxmlEvent scxmlEvent)
    {
        var value = _engine.Object.Construct(Arguments.Empty);
        value.Put("name", scxmlEvent.Name, false);
        value.Put("type", scxmlEvent.Type switch { EventType.Platform => "platform", EventType.Internal => "internal", _ => "external" }, false);
        value.Put("sendid", Text(scxmlEvent.SendId), false);
        value.Put("origin", Text(scxmlEvent.Origin), false);
        value.Put("origintype", Text(scxmlEvent.OriginType), false);
        value.Put("invokeid", Text(scxmlEvent.InvokeId), false);
        var data = scxmlEvent.DataJson is null ? JsValue.Undefined : ParseJson(scxmlEvent.DataJson);
        value.Put("data", data, false);
        _engine.Global.Put("__ors_event", value, false);
        if (_call is not null && scxmlEvent.Name == "interaction.added" && data.IsObject() && data.AsObject().Get("interactionid") is { } id && id.IsString())
        {
            AddInteraction(id.AsString());
        }
    }

    /// <summary>Evaluates an expression; throws <see cref="ScriptErrorException"/> for an invalid or failing one.</summary>
    public JsValue Evaluate(CompiledExpression expression)
    {
        if (!expression.IsValid)
        {
            throw new ScriptErrorException("the expression '" + expression.Source + "' is not valid ECMAScript");
        }

        return Run("(" + WithoutTrailingSemicolons(expression.Source) + "\n)", expression.Source);
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
        if (!_engine.Global.HasOwnProperty(name))
        {
            _engine.Global.Put(name, JsValue.Undefined, false);
        }
    }

    public bool IsDeclared(string name) => _engine.Global.HasProperty(name);

    /// <summary>Assigns to a location: an existing variable or a member of an existing object.</summary>
    public void Assign(CompiledExpression location, JsValue value)
    {
        if (!location.IsValid)
        {
            throw new ScriptErrorException("the location '" + location.Source + "' is not valid ECMAScript");
        }

        AssignSource(location.Source, value);
    }

    public void AssignSource(string location, JsValue value)
    {
        if (Identifier.IsMatch(location))
        {
            var name = location.Trim();
            if (!_engine.Global.HasProperty(name))
            {
                throw new ScriptErrorException("the location '" + name + "' is not a declared variable");
            }
        }

        _engine.Global.Put("__ors_value", value, false);
        Run(location + "\n= __ors_value", location);
    }

    public void SetVariable(string name, JsValue value) => _engine.Global.Put(name, value, false);

    public JsValue GetVariable(string name) => _engine.Global.Get(name);

    public Jint.Native.Object.ObjectInstance NewObject() => _engine.Object.Construct(Arguments.Empty);

    public JsValue ParseJson(string json) =>
        json.Contains("\"__ors_xml\"", StringComparison.Ordinal)
            ? _reviver.Invoke(_engine.Json.Parse(JsValue.Undefined, [json]))
            : _engine.Json.Parse(JsValue.Undefined, [json]);

    /// <summary>The value as JSON, or null for undefined (and for values JSON cannot express).</summary>
    public string? ToJson(JsValue value)
    {
        if (value.IsUndefined())
        {
            return null;
        }

        try
        {
            var json = _engine.Json.Stringify(JsValue.Undefined, [value]);
            return json.IsUndefined() ? null : json.AsString();
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

    // "new testobject();" is written as an expression in the W3C suite: the statement terminator is not part of it.
    private static string WithoutTrailingSemicolons(string source) => source.TrimEnd().TrimEnd(';');

    public static string NormalizeSpace(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    public static string Describe(JsValue value) => value.IsUndefined() ? "undefined" : TypeConverter.ToString(value);

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

    private JsValue Run(string source, string what)
    {
        try
        {
            return _engine.Execute(Parse(source)).GetCompletionValue();
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
