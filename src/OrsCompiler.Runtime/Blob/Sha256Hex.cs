using System;
using System.Security.Cryptography;

namespace OrsCompiler.Runtime;

/// <summary>
/// SHA-256 digests and their lower-case hex form (netstandard2.0 lacks Convert.ToHexString). Public so the blob's
/// hashes, the compiler's source hash and Redis content addresses are computed one way.
/// </summary>
public static class Sha256Hex
{
    public const int DigestLength = 32;

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
#if NETSTANDARD2_0
        using var sha = SHA256.Create();
        return sha.ComputeHash(data.ToArray());
#else
        return SHA256.HashData(data);
#endif
    }

    /// <summary>The lower-case hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Of(ReadOnlySpan<byte> data) => ToHex(Hash(data));

    public static string ToHex(ReadOnlySpan<byte> bytes)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = digits[bytes[i] & 0xf];
        }

        return new string(chars);
    }

    /// <summary>Parses 64 hex digits (either case); an empty string gives an empty array.</summary>
    internal static byte[] Parse(string hex, string what)
    {
        if (hex.Length == 0)
        {
            return [];
        }

        if (hex.Length != DigestLength * 2)
        {
            throw new ArgumentException(what + " must be 64 hex digits, not " + hex.Length + " characters.", nameof(hex));
        }

        var bytes = new byte[DigestLength];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((Digit(hex[2 * i], what) << 4) | Digit(hex[(2 * i) + 1], what));
        }

        return bytes;
    }

    private static int Digit(char c, string what) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => throw new ArgumentException(what + " contains the non-hex character '" + c + "'."),
    };
}
