using System.Globalization;
using System.Text;
using Jint.Native;
using Jint.Native.Array;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace OrsCompiler.Engine;

/// <summary>
/// JSON.stringify for plain data (primitives, and arrays and objects of the realm's own prototypes holding only data
/// properties) without Jint's serializer, which allocates heavily and was most of a routing call's time. Anything else
/// (a toJSON, a getter, a Date, a class instance, deep nesting) is left to Jint, so the output is always
/// JSON.stringify's.
/// </summary>
internal static class PlainJson
{
    private const int MaxDepth = 32;

    public static bool TryWrite(JsValue value, ObjectInstance objectPrototype, ObjectInstance arrayPrototype, out string? json)
    {
        var builder = new StringBuilder();
        if (Write(builder, value, objectPrototype, arrayPrototype, 0))
        {
            json = builder.ToString();
            return true;
        }

        json = null;
        return false;
    }

    private static bool Write(StringBuilder json, JsValue value, ObjectInstance objectPrototype, ObjectInstance arrayPrototype, int depth)
    {
        switch (value.Type)
        {
            case Types.Null:
                json.Append("null");
                return true;
            case Types.Boolean:
                json.Append(value.AsBoolean() ? "true" : "false");
                return true;
            case Types.Number:
                var number = value.AsNumber();
                json.Append(double.IsNaN(number) || double.IsInfinity(number) ? "null" : TypeConverter.ToString(number));
                return true;
            case Types.String:
                json.Append(JsonText.Quote(value.AsString()));
                return true;
            case Types.Object:
                return depth < MaxDepth && WriteObject(json, value.AsObject(), objectPrototype, arrayPrototype, depth + 1);
            default:
                return false;
        }
    }

    private static bool WriteObject(StringBuilder json, ObjectInstance target, ObjectInstance objectPrototype, ObjectInstance arrayPrototype, int depth)
    {
        // A toJSON anywhere on the chain (a private realm may add one to a prototype) changes the output.
        if (target.HasProperty("toJSON"))
        {
            return false;
        }

        if (target is ArrayInstance array && ReferenceEquals(array.Prototype, arrayPrototype))
        {
            var length = (uint)TypeConverter.ToNumber(array.Get("length"));
            json.Append('[');
            for (uint i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    json.Append(',');
                }

                var index = i.ToString(CultureInfo.InvariantCulture);
                var item = array.GetOwnProperty(index);
                if (item == PropertyDescriptor.Undefined)
                {
                    // A hole reads through to the prototype: null unless something is there.
                    if (!array.Get(index).IsUndefined())
                    {
                        return false;
                    }

                    json.Append("null");
                    continue;
                }

                if (item.IsAccessorDescriptor())
                {
                    return false;
                }

                var element = item.Value ?? JsValue.Undefined;
                if (element.IsUndefined() || IsFunction(element))
                {
                    json.Append("null");
                }
                else if (!Write(json, element, objectPrototype, arrayPrototype, depth))
                {
                    return false;
                }
            }

            json.Append(']');
            return true;
        }

        if (target.Class != "Object" || !ReferenceEquals(target.Prototype, objectPrototype))
        {
            return false;
        }

        json.Append('{');
        var first = true;
        foreach (var (name, property) in target.GetOwnProperties())
        {
            if (property.IsAccessorDescriptor())
            {
                return false;
            }

            var element = property.Value ?? JsValue.Undefined;
            if (property.Enumerable != true || element.IsUndefined() || IsFunction(element))
            {
                continue;
            }

            json.Append(first ? "" : ",").Append(JsonText.Quote(name)).Append(':');
            first = false;
            if (!Write(json, element, objectPrototype, arrayPrototype, depth))
            {
                return false;
            }
        }

        json.Append('}');
        return true;
    }

    private static bool IsFunction(JsValue value) => value.IsObject() && value.AsObject() is ICallable;
}
