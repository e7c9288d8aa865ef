using System;
using System.Buffers;
using System.Security.Cryptography;

namespace OrsCompiler.Runtime.Blob;

/// <summary>
/// SHA-256 digests and their lower-case hex form (netstandard2.0 lacks Convert.ToHexString). Public so the blob's
/// hashes, the compiler's source hash and Redis content addresses are computed one way.
/// </summary>
public static class Sha256Hex
{
    public const int DigestLength = 32;

    // A one-shot hash sets up and frees a native context per call, which costs more than hashing a typical 500-byte
    // blob: each thread keeps one hash object instead (not shared: hash objects are not thread-safe).
#if NETSTANDARD2_0
    [ThreadStatic]
    private static SHA256? _perThread;
#else
    [ThreadStatic]
    private static IncrementalHash? _perThread;
#endif

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new byte[DigestLength];
        Hash(data, digest);
        return digest;
    }

    /// <summary>Writes the SHA-256 of <paramref name="data"/> to the first 32 bytes of <paramref name="destination"/>, allocating nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than 32 bytes.</exception>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < DigestLength)
        {
            throw new ArgumentException("A SHA-256 digest needs " + DigestLength + " bytes.", nameof(destination));
        }

#if NETSTANDARD2_0
        HashWithArray(_perThread ??= SHA256.Create(), data, destination);
#else
        var sha = _perThread ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(data);
        sha.GetHashAndReset(destination);
#endif
    }

    /// <summary>The lower-case hex SHA-256 of <paramref name="data"/>.</summary>
    public static string Of(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[DigestLength];
        Hash(data, digest);
        return ToHex(digest);
    }

    public static string ToHex(ReadOnlySpan<byte> bytes)
    {
#if NETSTANDARD2_0
        var chars = new char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = HexDigit(bytes[i] >> 4);
            chars[(2 * i) + 1] = HexDigit(bytes[i] & 0xf);
        }

        return new string(chars);
#else
        return Convert.ToHexStringLower(bytes);
#endif
    }

    /// <summary>
    /// The netstandard2.0 way (HashAlgorithm hashes arrays only): copy into a pooled array. Compiled into every target
    /// so the tests, which run on the modern target, check it against the span-based hash.
    /// </summary>
    internal static void HashWithArray(HashAlgorithm sha, ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(data.Length);
        try
        {
            data.CopyTo(buffer);
            sha.ComputeHash(buffer, 0, data.Length).AsSpan().CopyTo(destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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

#if NETSTANDARD2_0
    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
#endif

    private static int Digit(char c, string what) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => throw new ArgumentException(what + " contains the non-hex character '" + c + "'."),
    };
}
