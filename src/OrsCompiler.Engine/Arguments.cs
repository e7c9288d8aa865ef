using Jint.Native;

namespace OrsCompiler.Engine;

internal static class Arguments
{
    public static readonly JsValue[] Empty = [];
}
