using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using OrsCompiler.Runtime;
using OrsCompiler.Runtime.Model;

namespace OrsCompiler.Cli.Output;

/// <summary>
/// Renders a blob's header and compiled document as indented JSON with named fields, for people (<c>orsc inspect</c>).
/// Literal attributes are strings; expressions are <c>{"expr": ...}</c>, with <c>"valid": false</c> when the compiler
/// marked them invalid. Positions are "line,column"; indices refer to the <c>states</c> and <c>transitions</c> arrays.
/// </summary>
internal static class CompiledDocumentJson
{
    public static void Write(Stream stream, CompiledDocument document)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        WriteHeader(json, document.Header);
        json.WriteStartObject("document");
        json.WriteString("name", document.Name);
        json.WriteString("dialect", document.Dialect);
        json.WriteString("datamodel", document.DatamodelKind);
        json.WriteString("binding", document.Binding == BindingMode.Late ? "late" : "early");
        WriteFlag(json, "persist", document.Persist);
        WriteFlag(json, "sendSessionRecovered", document.SendSessionRecovered);
        json.WriteNumber("initialTransition", document.InitialTransition);
        WriteActions(json, "script", document.Script);
        json.WriteStartArray("states");
        foreach (var state in document.States)
        {
            WriteState(json, state);
        }

        json.WriteEndArray();
        json.WriteStartArray("transitions");
        foreach (var transition in document.Transitions)
        {
            WriteTransition(json, transition);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter json, BlobHeader header)
    {
        json.WriteStartObject("header");
        json.WriteString("format", header.FormatMajor + "." + header.FormatMinor);
        json.WriteString("compilerVersion", header.CompilerVersion);
        json.WriteString("documentName", header.DocumentName);
        json.WriteString("sourceSha256", header.SourceSha256);
        json.WriteString("payloadSha256", header.PayloadSha256);
        json.WriteBoolean("compressed", header.Compressed);
        json.WriteEndObject();
    }

    private static void WriteState(Utf8JsonWriter json, CompiledState state)
    {
        json.WriteStartObject();
        json.WriteNumber("index", state.Index);
        json.WriteString("id", state.Id);
        json.WriteString("kind", state.Kind.ToString());
        json.WriteNumber("parent", state.Parent);
        WriteIndices(json, "children", state.Children);
        if (state.InitialTransition >= 0)
        {
            json.WriteNumber("initialTransition", state.InitialTransition);
        }

        WriteIndices(json, "transitions", state.Transitions);
        WriteBlocks(json, "onEntry", state.OnEntry);
        WriteBlocks(json, "onExit", state.OnExit);
        WriteActions(json, "invokes", state.Invokes);
        if (state.DoneData is { } doneData)
        {
            json.WritePropertyName("doneData");
            WriteAction(json, doneData);
        }

        if (state.DataDeclarations.Count > 0)
        {
            json.WriteStartArray("data");
            foreach (var data in state.DataDeclarations)
            {
                WriteData(json, data);
            }

            json.WriteEndArray();
        }

        json.WriteString("position", state.Position.ToString());
        json.WriteEndObject();
    }

    private static void WriteTransition(Utf8JsonWriter json, CompiledTransition transition)
    {
        json.WriteStartObject();
        json.WriteNumber("index", transition.Index);
        json.WriteNumber("source", transition.Source);
        WriteIndices(json, "targets", transition.Targets);
        json.WriteStartArray("events");
        foreach (var descriptor in transition.Events)
        {
            json.WriteStringValue(descriptor.Text);
        }

        json.WriteEndArray();
        WriteExpression(json, "cond", transition.Condition);
        json.WriteString("type", transition.Type == TransitionType.Internal ? "internal" : "external");
        json.WriteNumber("domain", transition.Domain);
        WriteIndices(json, "exitSet", transition.ExitSet);
        WriteActions(json, "actions", transition.Actions);
        json.WriteString("position", transition.Position.ToString());
        json.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter json, CompiledData data)
    {
        json.WriteStartObject();
        json.WriteString("id", data.Id);
        WriteExpression(json, "expr", data.Expression);
        if (data.Source is { } source)
        {
            json.WriteString("src", source);
        }

        WriteExpression(json, "content", data.Content);
        WriteAttributes(json, data.ExtensionAttributes);
        json.WriteString("position", data.Position.ToString());
        json.WriteEndObject();
    }

    private static void WriteBlocks(Utf8JsonWriter json, string name, IReadOnlyList<IReadOnlyList<CompiledAction>> blocks)
    {
        if (blocks.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var block in blocks)
        {
            json.WriteStartArray();
            foreach (var action in block)
            {
                WriteAction(json, action);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteActions(Utf8JsonWriter json, string name, IReadOnlyList<CompiledAction> actions)
    {
        if (actions.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var action in actions)
        {
            WriteAction(json, action);
        }

        json.WriteEndArray();
    }

    private static void WriteAction(Utf8JsonWriter json, CompiledAction action)
    {
        json.WriteStartObject();
        json.WriteString("kind", action.Kind.ToString());
        if (action.Kind == ActionKind.Custom)
        {
            json.WriteString("namespace", action.Namespace);
            json.WriteString("name", action.LocalName);
        }

        WriteAttributes(json, action.Attributes);
        WriteExpression(json, "body", action.Body);
        WriteActions(json, "children", action.Children);
        json.WriteString("position", action.Position.ToString());
        json.WriteEndObject();
    }

    private static void WriteAttributes(Utf8JsonWriter json, IReadOnlyList<CompiledAttribute> attributes)
    {
        if (attributes.Count == 0)
        {
            return;
        }

        json.WriteStartObject("attributes");
        foreach (var attribute in attributes)
        {
            if (attribute.Expression is { } expression)
            {
                WriteExpression(json, attribute.Name, expression);
            }
            else
            {
                json.WriteString(attribute.Name, attribute.Literal);
            }
        }

        json.WriteEndObject();
    }

    private static void WriteExpression(Utf8JsonWriter json, string name, CompiledExpression? expression)
    {
        if (expression is null)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("expr", expression.Source);
        if (!expression.IsValid)
        {
            json.WriteBoolean("valid", false);
        }

        json.WriteEndObject();
    }

    private static void WriteIndices(Utf8JsonWriter json, string name, IReadOnlyList<int> indices)
    {
        json.WriteStartArray(name);
        foreach (var index in indices)
        {
            json.WriteNumberValue(index);
        }

        json.WriteEndArray();
    }

    private static void WriteFlag(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
