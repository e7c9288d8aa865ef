using System;
using OrsCompiler.Runtime.Blob;

namespace OrsCompiler.Runtime.Redis.Layout;

/// <summary>The content address of a blob: lower-case hex SHA-256 of its bytes.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> blob) => Sha256Hex.Of(blob);
}
