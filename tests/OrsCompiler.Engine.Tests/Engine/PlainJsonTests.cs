using Jint.Native;

namespace OrsCompiler.Engine.Tests.Engine;

/// <summary>The engine's fast JSON path writes exactly what Jint's JSON.stringify writes, or declines.</summary>
public class PlainJsonTests
{
    private static readonly Jint.Engine Jint = new();

    private static JsValue Value(string expression) => Jint.Execute("(" + expression + "\n)").GetCompletionValue();

    [Theory]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("'plain'")]
    [InlineData("'quote \" backslash \\\\ newline \\n tab \\t cr \\r bs \\b ff \\f bell \\u0007 unit \\u001f del \\u007f é €'")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("1.5")]
    [InlineData("-42")]
    [InlineData("1e21")]
    [InlineData("1e-7")]
    [InlineData("0.1 + 0.2")]
    [InlineData("123456789012345680000")]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[1, 'two', [3, [4]], { five: 5 }, null, undefined, function () {}]")]
    [InlineData("{ a: 1, b: undefined, c: function () {}, d: [true, false], 'e f': { g: 'h' }, 2: 'two' }")]
    [InlineData("{ Greeted: 'yes', RoutedTo: 'VQ_Sales', nested: { deep: { deeper: [1, 2, 3] } } }")]
    [InlineData("(function () { var a = [1]; a[3] = 4; return a; })()")]
    public void Writes_what_JSON_stringify_writes(string expression)
    {
        var value = Value(expression);
        Assert.True(PlainJson.TryWrite(value, Jint.Object.PrototypeObject, Jint.Array.PrototypeObject, out var json));
        Assert.Equal(Jint.Json.Stringify(JsValue.Undefined, [value]).AsString(), json);
    }

    [Theory]
    [InlineData("new Date(0)")]
    [InlineData("{ toJSON: function () { return 1; } }")]
    [InlineData("(function () { var o = {}; Object.defineProperty(o, 'g', { get: function () { return 1; }, enumerable: true }); return o; })()")]
    [InlineData("new (function Point() { this.x = 1; })()")]
    [InlineData("{ inner: new Date(0) }")]
    [InlineData("undefined")]
    [InlineData("function () {}")]
    [InlineData("(function () { var o = {}; o.self = o; return o; })()")]
    public void Leaves_anything_else_to_Jint(string expression) =>
        Assert.False(PlainJson.TryWrite(Value(expression), Jint.Object.PrototypeObject, Jint.Array.PrototypeObject, out _));
}
