using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Jint.Native;
using Jint.Native.Array;
using Jint.Native.Object;
using Jint.Runtime;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Blob;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Engine;

// Executable content, the data model's initialization, <send>, <cancel>, donedata and extension actions.
public sealed partial class ScxmlSession
{
    private static readonly Dictionary<string, string> ModulePrefixes = new(StringComparer.Ordinal)
    {
        ["http://www.genesyslab.com/modules/session"] = "session",
        ["http://www.genesyslab.com/modules/ws"] = "ws",
        ["http://www.genesyslab.com/modules/queue"] = "queue",
        ["http://www.genesyslab.com/modules/interaction"] = "ixn",
        ["http://www.genesyslab.com/modules/dialog"] = "dialog",
        ["http://www.genesyslab.com/modules/classification"] = "classification",
        ["http://www.genesyslab.com/modules/resource"] = "resource",
        ["http://www.genesyslab.com/modules/statistic"] = "statistic",
    };

    /// <summary>Runs a block of executable content; an error ends the block and raises <c>error.execution</c>.</summary>
    private void RunBlock(IReadOnlyList<CompiledAction> actions)
    {
        try
        {
            foreach (var action in actions)
            {
                Execute(action);
            }
        }
        catch (ScriptErrorException exception)
        {
            RaiseError("error.execution", exception.Message, exception.SendId, exception.TagName, exception.Position);
        }
    }

    private void Execute(CompiledAction action)
    {
        try
        {
            ExecuteAction(action);
        }
        catch (ScriptErrorException exception) when (exception.TagName is null)
        {
            throw exception.At(action.LocalName ?? action.Kind.ToString().ToLowerInvariant(), action.Position);
        }
    }

    private void ExecuteAction(CompiledAction action)
    {
        switch (action.Kind)
        {
            case ActionKind.Raise:
                _internal.Enqueue(new ScxmlEvent(Text(action, "event", null) ?? "") { Type = EventType.Internal, DataJson = BuildData(action) });
                break;
            case ActionKind.Log:
                var expr = action.GetExpression("expr");
                var label = action.GetLiteral("label");
                var value = expr is null || string.IsNullOrWhiteSpace(expr.Source) ? "" : _data.Describe(_data.Evaluate(expr));
                _interpreter.WriteLog(Id + " log " + (label is null ? "" : label + ": ") + value);
                break;
            case ActionKind.Assign:
                Assign(action);
                break;
            case ActionKind.Script:
                if (action.Body is { } body)
                {
                    _data.ExecuteScript(body);
                }
                else if (action.GetLiteral("src") is { } src)
                {
                    _data.ExecuteScript(new CompiledExpression(LoadText(src)));
                }

                break;
            case ActionKind.If:
                ExecuteIf(action);
                break;
            case ActionKind.Foreach:
                ExecuteForeach(action);
                break;
            case ActionKind.Send:
                ExecuteSend(action);
                break;
            case ActionKind.Cancel:
                var sendId = Text(action, "sendid", "sendidexpr");
                if (sendId is not null)
                {
                    _interpreter.Clock.Cancel(this, sendId);
                }

                break;
            case ActionKind.Custom:
                ExecuteExtension(action);
                break;
            default:
                // Structural kinds (param, content, invoke...) are read by their parents, never run.
                break;
        }
    }

    private void Assign(CompiledAction action)
    {
        var location = action.GetExpression("location") ?? throw new ScriptErrorException("<assign> has no location");
        JsValue value;
        if (action.GetExpression("expr") is { } expr)
        {
            value = _data.Evaluate(expr);
        }
        else if (action.Body is { } body)
        {
            value = _data.ParseContent(body.Source);
        }
        else
        {
            value = JsValue.Undefined;
        }

        _data.Assign(location, value);
    }

    private void ExecuteIf(CompiledAction action)
    {
        var taken = _data.EvaluateCondition(action.GetExpression("cond") ?? throw new ScriptErrorException("<if> has no cond"));
        foreach (var child in action.Children)
        {
            if (child.Kind is ActionKind.ElseIf or ActionKind.Else)
            {
                if (taken)
                {
                    return;
                }

                taken = child.Kind == ActionKind.Else || _data.EvaluateCondition(child.GetExpression("cond") ?? throw new ScriptErrorException("<elseif> has no cond"));
                continue;
            }

            if (taken)
            {
                Execute(child);
            }
        }
    }

    private void ExecuteForeach(CompiledAction action)
    {
        var collection = _data.Evaluate(action.GetExpression("array") ?? throw new ScriptErrorException("<foreach> has no array"));
        var item = action.GetExpression("item") ?? throw new ScriptErrorException("<foreach> has no item");
        var index = action.GetExpression("index");
        if (!collection.IsObject())
        {
            throw new ScriptErrorException("the <foreach> array '" + action.GetExpression("array")!.Source + "' is not an array or object");
        }

        // A shallow copy first: the body may change the collection.
        var values = _data.Snapshot(collection.AsObject());

        DeclareVariable(item);
        if (index is not null)
        {
            DeclareVariable(index);
        }

        for (var i = 0; i < values.Count; i++)
        {
            _data.Assign(item, values[i]);
            if (index is not null)
            {
                _data.Assign(index, new JsValue(i));
            }

            foreach (var child in action.Children)
            {
                Execute(child);
            }
        }
    }

    private void DeclareVariable(CompiledExpression name)
    {
        if (!name.IsValid || !IsIdentifier(name.Source))
        {
            throw new ScriptErrorException("'" + name.Source + "' is not a valid variable name");
        }

        _data.Declare(name.Source.Trim());
    }

    private static bool IsIdentifier(string text)
    {
        var name = text.Trim();
        return name.Length > 0 && (char.IsLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');
    }

    private void ExecuteSend(CompiledAction action)
    {
        var explicitId = action.GetLiteral("id");
        var idLocation = action.GetExpression("idlocation");
        var sendId = explicitId ?? _interpreter.NextId(Id + ".send");
        string? eventName;
        string? target;
        string? type;
        long delay;
        string? data;
        try
        {
            if (idLocation is not null)
            {
                _data.Assign(idLocation, new JsValue(sendId));
            }

            eventName = Text(action, "event", "eventexpr");
            target = Text(action, "target", "targetexpr");
            type = Text(action, "type", "typeexpr");
            var delayText = Text(action, "delay", "delayexpr");
            delay = delayText is null ? 0 : Delays.Parse(delayText) ?? throw new ScriptErrorException("the delay '" + delayText + "' is not a CSS2 time");
            data = BuildData(action);
        }
        catch (ScriptErrorException exception)
        {
            throw new ScriptErrorException(exception.Message) { SendId = sendId };
        }

        if (type is not null && type != ScxmlInterpreter.ScxmlProcessorType && type != "scxml")
        {
            throw new ScriptErrorException("the <send> type '" + type + "' is not supported (only the SCXML event I/O processor is)") { SendId = sendId };
        }

        if (target is not null && !target.StartsWith("#_", StringComparison.Ordinal))
        {
            throw new ScriptErrorException("the <send> target '" + target + "' is not valid for the SCXML event I/O processor") { SendId = sendId };
        }

        var scxmlEvent = new ScxmlEvent(eventName ?? "")
        {
            Type = EventType.External,
            SendId = explicitId is not null || idLocation is not null ? sendId : null,
            Origin = "#_scxml_" + Id,
            OriginType = ScxmlInterpreter.ScxmlProcessorType,
            DataJson = data,
        };

        if (target == "#_internal")
        {
            _internal.Enqueue(scxmlEvent with { Type = EventType.Internal });
            return;
        }

        if (target is not null && !_interpreter.CanReach(this, target))
        {
            // Undispatchable now: the error comes at once, before any event the send would have followed.
            RaiseError("error.communication", "the target '" + target + "' is unreachable", sendId);
            return;
        }

        // Every external send goes through the clock, a zero delay included: the event is delivered once the current
        // run is idle and the clock moves (as SCION's test framework expects: a sent event is not yet processed when the
        // configuration after start is read).
        _interpreter.Clock.Schedule(delay, this, sendId, scxmlEvent, target);
    }

    /// <summary>The data of a send, raise or donedata: namelist and params as an object, or the content's value; JSON.</summary>
    private string? BuildData(CompiledAction action, bool withContent = true)
    {
        ObjectInstance? fields = null;
        if (action.GetLiteral("namelist") is { } namelist)
        {
            foreach (var name in namelist.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!_data.IsDeclared(name.Split('.')[0]))
                {
                    throw new ScriptErrorException("the namelist location '" + name + "' is not a declared variable");
                }

                fields ??= _data.NewObject();
                fields.Put(name, _data.EvaluateSource(name), false);
            }
        }

        foreach (var child in action.Children)
        {
            if (child.Kind == ActionKind.Param)
            {
                var name = child.GetLiteral("name") ?? "";
                JsValue value;
                if (child.GetExpression("expr") is { } expr)
                {
                    value = _data.Evaluate(expr);
                }
                else if (child.GetExpression("location") is { } location)
                {
                    value = _data.Evaluate(location);
                }
                else
                {
                    value = JsValue.Undefined;
                }

                fields ??= _data.NewObject();
                fields.Put(name, value, false);
            }
            else if (child.Kind == ActionKind.Content && withContent)
            {
                if (child.GetExpression("expr") is { } expr)
                {
                    return _data.ToJson(_data.Evaluate(expr));
                }

                return child.Body is { } body ? _data.ToJson(_data.ParseContent(body.Source)) : null;
            }
        }

        return fields is null ? null : _data.ToJson(fields);
    }

    private string? DoneData(CompiledState state)
    {
        if (state.DoneData is not { } doneData)
        {
            return null;
        }

        try
        {
            return BuildData(doneData);
        }
        catch (ScriptErrorException exception)
        {
            RaiseError("error.execution", exception.Message);
            return null;
        }
    }

    /// <summary>An attribute's value as text: the literal, or the expression (or the <paramref name="exprName"/> expression) evaluated.</summary>
    private string? Text(CompiledAction action, string name, string? exprName)
    {
        var attribute = action.FindAttribute(name) ?? (exprName is null ? null : action.FindAttribute(exprName));
        if (attribute is null)
        {
            return null;
        }

        if (!attribute.IsExpression)
        {
            return attribute.Literal;
        }

        var value = _data.Evaluate(attribute.Expression!);
        return value.IsUndefined() || value.IsNull() ? null : _data.Describe(value);
    }

    private void InitializeDataModel()
    {
        foreach (var declaration in Document.DataDeclarations)
        {
            if (declaration.Id.Length > 0)
            {
                _data.Declare(declaration.Id);
            }
        }

        if (Document.Binding == BindingMode.Early)
        {
            for (var s = 0; s < _states.Length; s++)
            {
                InitializeData(s);
            }
        }
        else
        {
            InitializeData(0);
        }
    }

    private void InitializeData(int s)
    {
        _dataInitialized[s] = true;
        foreach (var declaration in _states[s].DataDeclarations)
        {
            try
            {
                JsValue value;
                if (s == 0 && _parameters is not null && _parameters.TryGetValue(declaration.Id, out var passed))
                {
                    value = passed is null ? JsValue.Undefined : _data.ParseJson(passed);
                }
                else if (declaration.Expression is { } expr)
                {
                    value = _data.Evaluate(expr);
                }
                else if (declaration.Content is { } content)
                {
                    value = _data.ParseContent(content.Source);
                }
                else if (declaration.Source is { } src)
                {
                    value = _data.ParseContent(LoadText(src));
                }
                else
                {
                    continue;
                }

                _data.SetVariable(declaration.Id, value);
            }
            catch (ScriptErrorException exception)
            {
                RaiseError("error.execution", "data '" + declaration.Id + "': " + exception.Message);
            }
        }
    }

    private string LoadText(string uri)
    {
        if (_interpreter.Sources.LoadText is not { } load)
        {
            throw new ScriptErrorException("cannot load '" + uri + "': the host supplies no documents");
        }

        try
        {
            return load(uri);
        }
        catch (Exception exception) when (exception is not EngineLimitException)
        {
            throw new ScriptErrorException("cannot load '" + uri + "': " + exception.Message);
        }
    }

    /// <summary>Records an ORS (or other extension) action with its evaluated attributes and assigns it a request id.</summary>
    private void ExecuteExtension(CompiledAction action)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        CompiledExpression? requestLocation = null;
        CollectAttributes(action, "", attributes, ref requestLocation);
        string? requestId = null;
        if (requestLocation is not null)
        {
            requestId = _interpreter.NextRequestId();
            _data.Assign(requestLocation, new JsValue(requestId));
        }

        var prefix = action.Namespace is { } ns && ModulePrefixes.TryGetValue(ns, out var known) ? known : action.Namespace ?? "";
        _interpreter.Record(new SideEffect(Id, prefix + ":" + action.LocalName, attributes, requestId, _interpreter.Now));
    }

    private void CollectAttributes(CompiledAction action, string path, List<KeyValuePair<string, string>> attributes, ref CompiledExpression? requestLocation)
    {
        foreach (var attribute in action.Attributes)
        {
            if (path.Length == 0 && attribute.Name == "requestid" && attribute.IsExpression)
            {
                requestLocation = attribute.Expression;
                continue;
            }

            var value = attribute.IsExpression ? _data.ToJson(_data.Evaluate(attribute.Expression!)) ?? "undefined" : JsonText.Quote(attribute.Literal!);
            attributes.Add(new KeyValuePair<string, string>(path + attribute.Name, value));
        }

        if (action.Body is { } body && action.Children.Count == 0)
        {
            attributes.Add(new KeyValuePair<string, string>(path + "#text", JsonText.Quote(body.Source.Trim())));
        }

        for (var i = 0; i < action.Children.Count; i++)
        {
            var child = action.Children[i];
            CollectAttributes(child, path + (child.LocalName ?? child.Kind.ToString().ToLowerInvariant()) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]/", attributes, ref requestLocation);
        }
    }
}
