using System;
using System.Security.Cryptography;
using System.Text;

namespace OrsCompiler.Runtime.Redis.Layout;

/// <summary>The content address of a blob: lower-case hex SHA-256 of its bytes.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> blob)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(blob.ToArray());
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
