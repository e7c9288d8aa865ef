namespace OrsCompiler.Runtime.MessagePack;

/// <summary>Reinterprets a float as its IEEE 754 bits; netstandard2.0 lacks <c>BitConverter.SingleToInt32Bits</c>.</summary>
internal static class FloatBits
{
#if NETSTANDARD2_0
    public static unsafe int ToInt32(float value) => *(int*)&value;

    public static unsafe float ToSingle(int bits) => *(float*)&bits;
#else
    public static int ToInt32(float value) => System.BitConverter.SingleToInt32Bits(value);

    public static float ToSingle(int bits) => System.BitConverter.Int32BitsToSingle(bits);
#endif
}
