using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using OrsCompiler.Runtime.Blob;

namespace OrsCompiler.Runtime.Tests.Blob;

/// <summary>The one SHA-256 helper: known vectors, both target paths, and per-thread reuse of the hash object.</summary>
public class Sha256HexTests
{
    public static TheoryData<int> Lengths => new() { 0, 1, 55, 56, 63, 64, 65, 1000, 100_000 };

    [Fact]
    public void Known_vectors()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256Hex.Of("abc"u8));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256Hex.Of([]));
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void The_span_path_and_the_netstandard_array_path_agree_with_the_platform(int length)
    {
        var data = Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();
        var expected = SHA256.HashData(data);

        Span<byte> modern = stackalloc byte[Sha256Hex.DigestLength];
        Sha256Hex.Hash(data, modern);
        var portable = new byte[Sha256Hex.DigestLength];
        using (var sha = SHA256.Create())
        {
            Sha256Hex.HashWithArray(sha, data, portable);
        }

        Assert.Equal(expected, modern.ToArray());
        Assert.Equal(expected, portable);
        Assert.Equal(expected, Sha256Hex.Hash(data));
        Assert.Equal(Convert.ToHexStringLower(expected), Sha256Hex.ToHex(expected));
    }

    [Fact]
    public void A_reused_hash_object_starts_afresh_for_each_input()
    {
        // The same thread hashes twice: the second digest must not depend on the first input.
        Sha256Hex.Hash("some earlier input"u8);
        Assert.Equal(SHA256.HashData("abc"u8), Sha256Hex.Hash("abc"u8));
    }

    [Fact]
    public void Threads_hashing_at_once_each_get_their_own_digest()
    {
        Parallel.For(0, 2000, i =>
        {
            var data = BitConverter.GetBytes(i);
            Assert.Equal(SHA256.HashData(data), Sha256Hex.Hash(data));
        });
    }

    [Fact]
    public void A_destination_shorter_than_a_digest_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Sha256Hex.Hash("abc"u8, new byte[31]));
    }
}
