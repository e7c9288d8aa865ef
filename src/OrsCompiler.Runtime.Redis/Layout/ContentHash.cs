using System;
using System.Security.Cryptography;

namespace OrsCompiler.Runtime.Redis.Layout;

/// <summary>The content address of a blob: lower-case hex SHA-256 of its bytes.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> blob)
    {
#if NET5_0_OR_GREATER
        return Convert.ToHexStringLower(SHA256.HashData(blob));
#else
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(blob.ToArray());
        return BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
#endif
    }
}
