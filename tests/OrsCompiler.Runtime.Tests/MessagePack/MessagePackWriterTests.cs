using System;
using OrsCompiler.Runtime.MessagePack;

namespace OrsCompiler.Runtime.Tests.MessagePack;

/// <summary>Encodings checked byte for byte against the layouts of msgpack/msgpack spec.md.</summary>
public class MessagePackWriterTests
{
    [Theory]
    [InlineData(0L, "00")]
    [InlineData(127L, "7f")]
    [InlineData(128L, "cc80")]
    [InlineData(255L, "ccff")]
    [InlineData(256L, "cd0100")]
    [InlineData(65535L, "cdffff")]
    [InlineData(65536L, "ce00010000")]
    [InlineData(4294967295L, "ceffffffff")]
    [InlineData(4294967296L, "cf0000000100000000")]
    [InlineData(long.MaxValue, "cf7fffffffffffffff")]
    [InlineData(-1L, "ff")]
    [InlineData(-32L, "e0")]
    [InlineData(-33L, "d0df")]
    [InlineData(-128L, "d080")]
    [InlineData(-129L, "d1ff7f")]
    [InlineData(-32768L, "d18000")]
    [InlineData(-32769L, "d2ffff7fff")]
    [InlineData(-2147483648L, "d280000000")]
    [InlineData(-2147483649L, "d3ffffffff7fffffff")]
    [InlineData(long.MinValue, "d38000000000000000")]
    public void Integers_use_the_smallest_encoding(long value, string expected)
    {
        Assert.Equal(expected, Encode(w => w.Write(value)));
    }

    [Fact]
    public void UInt64_maximum_uses_uint64()
    {
        Assert.Equal("cfffffffffffffffff", Encode(w => w.Write(ulong.MaxValue)));
    }

    [Fact]
    public void Nil_booleans_and_floats_follow_the_spec()
    {
        Assert.Equal("c0", Encode(w => w.WriteNil()));
        Assert.Equal("c2", Encode(w => w.Write(false)));
        Assert.Equal("c3", Encode(w => w.Write(true)));
        Assert.Equal("ca3fc00000", Encode(w => w.Write(1.5f)));
        Assert.Equal("cb3ff8000000000000", Encode(w => w.Write(1.5d)));
        Assert.Equal("cb8000000000000000", Encode(w => w.Write(-0.0d)));
    }

    [Theory]
    [InlineData(0, "a0")]
    [InlineData(31, "bf")]
    [InlineData(32, "d920")]
    [InlineData(255, "d9ff")]
    [InlineData(256, "da0100")]
    [InlineData(65535, "daffff")]
    [InlineData(65536, "db00010000")]
    public void String_headers_follow_the_length(int length, string expectedHeader)
    {
        var encoded = Encode(w => w.Write(new string('a', length)));
        Assert.StartsWith(expectedHeader, encoded, StringComparison.Ordinal);
        Assert.Equal(expectedHeader.Length + (2 * length), encoded.Length);
    }

    [Fact]
    public void Strings_are_utf8_and_null_is_nil()
    {
        Assert.Equal("a5c3a9e29c93", Encode(w => w.Write("é✓")));
        Assert.Equal("a4f09f9880", Encode(w => w.Write("😀")));
        Assert.Equal("c0", Encode(w => w.Write((string?)null)));
    }

    [Theory]
    [InlineData(0, "c400")]
    [InlineData(255, "c4ff")]
    [InlineData(256, "c50100")]
    [InlineData(65535, "c5ffff")]
    [InlineData(65536, "c600010000")]
    public void Binary_headers_follow_the_length(int length, string expectedHeader)
    {
        var encoded = Encode(w => w.WriteBinary(new byte[length]));
        Assert.StartsWith(expectedHeader, encoded, StringComparison.Ordinal);
        Assert.Equal(expectedHeader.Length + (2 * length), encoded.Length);
    }

    [Theory]
    [InlineData(0, "90", "80")]
    [InlineData(15, "9f", "8f")]
    [InlineData(16, "dc0010", "de0010")]
    [InlineData(65535, "dcffff", "deffff")]
    [InlineData(65536, "dd00010000", "df00010000")]
    public void Collection_headers_follow_the_count(int count, string arrayHeader, string mapHeader)
    {
        Assert.Equal(arrayHeader, Encode(w => w.WriteArrayHeader(count)));
        Assert.Equal(mapHeader, Encode(w => w.WriteMapHeader(count)));
    }

    [Theory]
    [InlineData(1, "d405")]
    [InlineData(2, "d505")]
    [InlineData(4, "d605")]
    [InlineData(8, "d705")]
    [InlineData(16, "d805")]
    [InlineData(3, "c70305")]
    [InlineData(256, "c8010005")]
    [InlineData(65536, "c90001000005")]
    public void Extensions_use_fixext_when_the_length_allows(int length, string expectedHeader)
    {
        var encoded = Encode(w => w.WriteExtension(5, new byte[length]));
        Assert.StartsWith(expectedHeader, encoded, StringComparison.Ordinal);
        Assert.Equal(expectedHeader.Length + (2 * length), encoded.Length);
    }

    [Fact]
    public void Timestamps_use_the_smallest_layout()
    {
        Assert.Equal("d6ff00000001", Encode(w => w.Write(new MessagePackTimestamp(1, 0))));
        Assert.Equal("d7ff0000000400000001", Encode(w => w.Write(new MessagePackTimestamp(1, 1))));
        Assert.Equal("c70cff00000000ffffffffffffffff", Encode(w => w.Write(new MessagePackTimestamp(-1, 0))));
    }

    [Fact]
    public void The_buffer_grows_past_its_initial_capacity()
    {
        var writer = new MessagePackWriter(16);
        for (var i = 0; i < 10_000; i++)
        {
            writer.Write(i);
        }

        var reader = new MessagePackReader(writer.WrittenSpan);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Equal(i, reader.ReadInt32());
        }

        Assert.True(reader.End);
    }

    private static string Encode(Action<MessagePackWriter> write)
    {
        var writer = new MessagePackWriter();
        write(writer);
        return Convert.ToHexString(writer.ToArray()).ToLowerInvariant();
    }
}
