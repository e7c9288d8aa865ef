using System;
using System.Globalization;
using System.Text;

namespace OrsCompiler.Runtime.MessagePack;

/// <summary>
/// Renders MessagePack as JSON, for <c>orsc inspect</c> and for comparing with other decoders. Types JSON lacks are
/// tagged objects: <c>{"$bin": base64}</c>, <c>{"$ext": type, "data": base64}</c>, <c>{"$timestamp": [seconds,
/// nanoseconds]}</c>, <c>{"$float": "NaN" | "Infinity" | "-Infinity"}</c>. Map keys that are not strings are
/// rendered as their JSON text.
/// </summary>
public static class MessagePackJson
{
    /// <summary>How deeply arrays and maps may nest; the renderer recurses.</summary>
    public const int MaxDepth = 256;

    /// <summary>Renders every value of a MessagePack sequence as one JSON array.</summary>
    /// <exception cref="InvalidDocumentBlobException">The data is not valid MessagePack.</exception>
    public static string ToJson(ReadOnlySpan<byte> messagePack)
    {
        var json = new StringBuilder();
        var reader = new MessagePackReader(messagePack);
        try
        {
            json.Append('[');
            while (!reader.End)
            {
                if (json.Length > 1)
                {
                    json.Append(',');
                }

                WriteValue(ref reader, json, 0);
            }

            return json.Append(']').ToString();
        }
        catch (MessagePackSerializationException exception)
        {
            throw new InvalidDocumentBlobException("Not valid MessagePack: " + exception.Message + ".", exception);
        }
    }

    private static void WriteValue(ref MessagePackReader reader, StringBuilder json, int depth)
    {
        switch (reader.NextType)
        {
            case MessagePackType.Nil:
                reader.ReadNil();
                json.Append("null");
                break;
            case MessagePackType.Boolean:
                json.Append(reader.ReadBoolean() ? "true" : "false");
                break;
            case MessagePackType.Integer:
                WriteInteger(ref reader, json);
                break;
            case MessagePackType.Float:
                WriteFloat(reader.ReadDouble(), json);
                break;
            case MessagePackType.String:
                WriteString(reader.ReadString(), json);
                break;
            case MessagePackType.Binary:
                json.Append("{\"$bin\":\"").Append(Convert.ToBase64String(reader.ReadBinary().ToArray())).Append("\"}");
                break;
            case MessagePackType.Extension:
                WriteExtension(ref reader, json);
                break;
            case MessagePackType.Array:
                WriteArray(ref reader, json, depth + 1);
                break;
            case MessagePackType.Map:
                WriteMap(ref reader, json, depth + 1);
                break;
            default:
                throw new MessagePackSerializationException("Byte 0xc1 is never used in MessagePack", reader.Position);
        }
    }

    private static void WriteArray(ref MessagePackReader reader, StringBuilder json, int depth)
    {
        CheckDepth(ref reader, depth);
        var count = reader.ReadArrayHeader();
        json.Append('[');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            WriteValue(ref reader, json, depth);
        }

        json.Append(']');
    }

    private static void WriteMap(ref MessagePackReader reader, StringBuilder json, int depth)
    {
        CheckDepth(ref reader, depth);
        var count = reader.ReadMapHeader();
        json.Append('{');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            if (reader.NextType == MessagePackType.String)
            {
                WriteString(reader.ReadString(), json);
            }
            else
            {
                var key = new StringBuilder();
                WriteValue(ref reader, key, depth);
                WriteString(key.ToString(), json);
            }

            json.Append(':');
            WriteValue(ref reader, json, depth);
        }

        json.Append('}');
    }

    private static void WriteInteger(ref MessagePackReader reader, StringBuilder json)
    {
        // uint64 values above long.MaxValue are the only integers ReadInt64 refuses.
        if (reader.NextCode == MessagePackCode.UInt64)
        {
            json.Append(reader.ReadUInt64().ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            json.Append(reader.ReadInt64().ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void WriteFloat(double value, StringBuilder json)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            var name = double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
            json.Append("{\"$float\":\"").Append(name).Append("\"}");
        }
        else
        {
            json.Append(value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static void WriteExtension(ref MessagePackReader reader, StringBuilder json)
    {
        var start = reader.Position;
        var data = reader.ReadExtension(out var type);
        if (type == MessagePackCode.TimestampExtensionType)
        {
            var timestamp = MessagePackReader.DecodeTimestamp(data, start);
            json.Append("{\"$timestamp\":[").Append(timestamp.Seconds.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(timestamp.Nanoseconds.ToString(CultureInfo.InvariantCulture)).Append("]}");
        }
        else
        {
            json.Append("{\"$ext\":").Append(type.ToString(CultureInfo.InvariantCulture)).Append(",\"data\":\"")
                .Append(Convert.ToBase64String(data.ToArray())).Append("\"}");
        }
    }

    private static void CheckDepth(ref MessagePackReader reader, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new MessagePackSerializationException("Arrays and maps nest deeper than " + MaxDepth + " levels", reader.Position);
        }
    }

    private static void WriteString(string value, StringBuilder json)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case < ' ':
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    json.Append(c);
                    break;
            }
        }

        json.Append('"');
    }
}
