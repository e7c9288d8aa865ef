using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit.Sdk;

namespace OrsCompiler.Runtime.Tests.Support;

/// <summary>
/// Structural JSON equality for comparing two decoders' views: arrays in order, objects by key (JavaScript reorders
/// integer-like keys), numbers by value (the two sides format floats differently, e.g. 1e+300 and 1E+300).
/// </summary>
internal static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        using var expectedDocument = JsonDocument.Parse(expected, new JsonDocumentOptions { MaxDepth = 1024 });
        using var actualDocument = JsonDocument.Parse(actual, new JsonDocumentOptions { MaxDepth = 1024 });
        Compare(expectedDocument.RootElement, actualDocument.RootElement, "$");
    }

    private static void Compare(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind && !(IsBoolean(expected) && IsBoolean(actual)))
        {
            throw new XunitException(path + ": expected " + expected.ValueKind + " " + Excerpt(expected) + " but found " + actual.ValueKind + " " + Excerpt(actual));
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToArray();
                var actualItems = actual.EnumerateArray().ToArray();
                if (expectedItems.Length != actualItems.Length)
                {
                    throw new XunitException(path + ": expected " + expectedItems.Length + " items but found " + actualItems.Length);
                }

                for (var i = 0; i < expectedItems.Length; i++)
                {
                    Compare(expectedItems[i], actualItems[i], path + "[" + i + "]");
                }

                break;
            case JsonValueKind.Object:
                var actualProperties = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
                var expectedCount = 0;
                foreach (var property in expected.EnumerateObject())
                {
                    expectedCount++;
                    if (!actualProperties.TryGetValue(property.Name, out var value))
                    {
                        throw new XunitException(path + ": key \"" + property.Name + "\" is missing");
                    }

                    Compare(property.Value, value, path + "." + property.Name);
                }

                if (expectedCount != actualProperties.Count)
                {
                    throw new XunitException(path + ": expected " + expectedCount + " keys but found " + actualProperties.Count);
                }

                break;
            case JsonValueKind.Number:
                if (!SameNumber(expected.GetRawText(), actual.GetRawText()))
                {
                    throw new XunitException(path + ": expected " + expected.GetRawText() + " but found " + actual.GetRawText());
                }

                break;
            case JsonValueKind.String:
                if (expected.GetString() != actual.GetString())
                {
                    throw new XunitException(path + ": expected " + Excerpt(expected) + " but found " + Excerpt(actual));
                }

                break;
            default:
                if (expected.ValueKind != actual.ValueKind)
                {
                    throw new XunitException(path + ": expected " + expected.ValueKind + " but found " + actual.ValueKind);
                }

                break;
        }
    }

    private static bool IsBoolean(JsonElement element) => element.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static bool SameNumber(string expected, string actual)
    {
        // Integers must agree exactly (int64/uint64 extremes are not exact as doubles); floats by value.
        if (IsInteger(expected) && IsInteger(actual))
        {
            return decimal.Parse(expected, CultureInfo.InvariantCulture) == decimal.Parse(actual, CultureInfo.InvariantCulture);
        }

        return double.Parse(expected, CultureInfo.InvariantCulture) == double.Parse(actual, CultureInfo.InvariantCulture);
    }

    private static bool IsInteger(string number) => number.IndexOfAny(['.', 'e', 'E']) < 0;

    private static string Excerpt(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 80 ? text : text.Substring(0, 80) + "...";
    }
}
