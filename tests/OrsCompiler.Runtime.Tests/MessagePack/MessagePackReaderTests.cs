using System;
using System.Linq;
using OrsCompiler.Runtime.MessagePack;

namespace OrsCompiler.Runtime.Tests.MessagePack;

public class MessagePackReaderTests
{
    public static TheoryData<long> IntegerBoundaries => new()
    {
        0, 1, 127, 128, 255, 256, 65535, 65536, uint.MaxValue, (long)uint.MaxValue + 1, long.MaxValue,
        -1, -31, -32, -33, -127, -128, -129, -32767, -32768, -32769, int.MinValue, (long)int.MinValue - 1, long.MinValue,
    };

    [Theory]
    [MemberData(nameof(IntegerBoundaries))]
    public void Integers_round_trip(long value)
    {
        var writer = new MessagePackWriter();
        writer.Write(value);
        var reader = new MessagePackReader(writer.WrittenSpan);
        Assert.Equal(MessagePackType.Integer, reader.NextType);
        Assert.Equal(value, reader.ReadInt64());
        Assert.True(reader.End);
    }

    [Fact]
    public void Unsigned_extremes_round_trip_and_are_range_checked()
    {
        var writer = new MessagePackWriter();
        writer.Write(ulong.MaxValue);
        writer.Write((ulong)long.MaxValue + 1);
        writer.Write(-1);
        writer.Write((long)int.MaxValue + 1);
        var bytes = writer.ToArray();

        var reader = new MessagePackReader(bytes);
        Assert.Equal(ulong.MaxValue, reader.ReadUInt64());
        Assert.Equal((ulong)long.MaxValue + 1, reader.ReadUInt64());

        AssertFails(bytes, (ref r) => r.ReadInt64(), "does not fit a signed 64-bit value", 0);
        var offsetOfMinusOne = 18;
        AssertFails(bytes, (ref r) => { r.Skip(); r.Skip(); r.ReadUInt64(); }, "is negative", offsetOfMinusOne);
        AssertFails(bytes, (ref r) => { r.Skip(); r.Skip(); r.Skip(); r.ReadInt32(); }, "does not fit 32 bits", offsetOfMinusOne + 1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(65535)]
    [InlineData(65536)]
    public void Strings_and_binary_round_trip_at_every_length_boundary(int length)
    {
        var text = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
        var data = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
        var writer = new MessagePackWriter();
        writer.Write(text);
        writer.WriteBinary(data);

        var reader = new MessagePackReader(writer.WrittenSpan);
        Assert.Equal(text, reader.ReadString());
        Assert.Equal(data, reader.ReadBinary().ToArray());
        Assert.True(reader.End);
    }

    [Fact]
    public void Nil_booleans_floats_and_unicode_round_trip()
    {
        var writer = new MessagePackWriter();
        writer.WriteNil();
        writer.Write(true);
        writer.Write(false);
        writer.Write(float.MinValue);
        writer.Write(double.Epsilon);
        writer.Write(double.NegativeInfinity);
        writer.Write("héllo ✓ 😀");
        writer.Write((string?)null);

        var reader = new MessagePackReader(writer.WrittenSpan);
        Assert.True(reader.TryReadNil());
        Assert.False(reader.TryReadNil());
        Assert.True(reader.ReadBoolean());
        Assert.False(reader.ReadBoolean());
        Assert.Equal(float.MinValue, (float)reader.ReadDouble());
        Assert.Equal(double.Epsilon, reader.ReadDouble());
        Assert.Equal(double.NegativeInfinity, reader.ReadDouble());
        Assert.Equal("héllo ✓ 😀", reader.ReadString());
        Assert.Null(reader.ReadNullableString());
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(65535)]
    [InlineData(65536)]
    public void Arrays_and_maps_round_trip_at_every_count_boundary(int count)
    {
        var writer = new MessagePackWriter();
        writer.WriteArrayHeader(count);
        for (var i = 0; i < count; i++)
        {
            writer.Write(i);
        }

        writer.WriteMapHeader(count);
        for (var i = 0; i < count; i++)
        {
            writer.Write("k" + i);
            writer.WriteNil();
        }

        var reader = new MessagePackReader(writer.WrittenSpan);
        Assert.Equal(count, reader.ReadArrayHeader());
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(i, reader.ReadInt32());
        }

        Assert.Equal(count, reader.ReadMapHeader());
        for (var i = 0; i < count; i++)
        {
            Assert.Equal("k" + i, reader.ReadString());
            reader.ReadNil();
        }

        Assert.True(reader.End);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(65536)]
    public void Extensions_round_trip(int length)
    {
        var data = Enumerable.Range(0, length).Select(i => (byte)(i * 3)).ToArray();
        var writer = new MessagePackWriter();
        writer.WriteExtension(-42, data);
        var reader = new MessagePackReader(writer.WrittenSpan);
        Assert.Equal(data, reader.ReadExtension(out var type).ToArray());
        Assert.Equal(-42, type);
    }

    [Theory]
    [InlineData(0L, 0u)]
    [InlineData(1_700_000_000L, 0u)]
    [InlineData(1_700_000_000L, 999_999_999u)]
    [InlineData((1L << 34) - 1, 1u)]
    [InlineData(1L << 34, 0u)]
    [InlineData(-62_135_596_800L, 5u)]
    public void Timestamps_round_trip_in_all_three_layouts(long seconds, uint nanoseconds)
    {
        var writer = new MessagePackWriter();
        writer.Write(new MessagePackTimestamp(seconds, nanoseconds));
        var reader = new MessagePackReader(writer.WrittenSpan);
        var timestamp = reader.ReadTimestamp();
        Assert.Equal(seconds, timestamp.Seconds);
        Assert.Equal(nanoseconds, timestamp.Nanoseconds);
    }

    [Fact]
    public void Timestamps_with_too_many_nanoseconds_are_refused()
    {
        // 64-bit layout with nanoseconds 0x3fffffff (> 999999999).
        AssertFails([0xd7, 0xff, 0xff, 0xff, 0xff, 0xfc, 0, 0, 0, 0], (ref r) => r.ReadTimestamp(), "nanoseconds", 0);
        AssertFails([0xd6, 0x05, 0, 0, 0, 0], (ref r) => r.ReadTimestamp(), "is not a timestamp", 0);
    }

    [Fact]
    public void Skip_passes_over_nested_values_of_every_type()
    {
        var writer = new MessagePackWriter();
        writer.WriteArrayHeader(3);
        writer.WriteMapHeader(2);
        writer.Write("a");
        writer.WriteBinary([1, 2, 3]);
        writer.Write(ulong.MaxValue);
        writer.WriteExtension(1, [9]);
        writer.WriteArrayHeader(2);
        writer.Write(1.5);
        writer.Write(new MessagePackTimestamp(5, 5));
        writer.WriteNil();
        writer.Write("after");

        var reader = new MessagePackReader(writer.WrittenSpan);
        reader.Skip();
        Assert.Equal("after", reader.ReadString());
    }

    [Fact]
    public void Skip_handles_deep_nesting_without_recursion()
    {
        var bytes = Enumerable.Repeat((byte)0x91, 100_000).Append((byte)0xc0).ToArray();
        var reader = new MessagePackReader(bytes);
        reader.Skip();
        Assert.True(reader.End);
    }

    [Theory]
    [InlineData(new byte[] { 0xd9, 0x05, 0x61 }, "needs 5 more bytes")]
    [InlineData(new byte[] { 0xdb, 0x7f, 0xff, 0xff, 0xff }, "needs 2147483647 more bytes")]
    [InlineData(new byte[] { 0xdb, 0xff, 0xff, 0xff, 0xff }, "exceeds what any input can hold")]
    [InlineData(new byte[] { 0xc6, 0x00, 0x10, 0x00, 0x00 }, "needs 1048576 more bytes")]
    [InlineData(new byte[] { 0xcd, 0x01 }, "needs 2 more bytes")]
    [InlineData(new byte[] { 0xc9, 0x00, 0x00, 0x00, 0x04, 0x01 }, "needs 4 more bytes")]
    public void Lengths_beyond_the_input_are_refused_before_allocating(byte[] bytes, string message)
    {
        AssertFails(bytes, (ref r) => r.Skip(), message, 0);
    }

    [Fact]
    public void Collection_counts_beyond_the_input_are_refused()
    {
        AssertFails([0xdd, 0x7f, 0xff, 0xff, 0xff, 0x01], (ref r) => r.ReadArrayHeader(), "Array claims 2147483647 elements but only 1 bytes remain", 0);
        AssertFails([0xdf, 0x00, 0x00, 0x00, 0x02, 0x01, 0x02, 0x03], (ref r) => r.ReadMapHeader(), "Map claims 2 entries", 0);
        AssertFails([0x92, 0x01], (ref r) => r.Skip(), "Array claims 2 elements but only 1 bytes remain", 0);
    }

    [Fact]
    public void Malformed_input_gives_a_typed_error_with_the_offset()
    {
        AssertFails([], (ref r) => r.ReadInt32(), "Unexpected end of data", 0);
        AssertFails([0x01, 0xc1], (ref r) => { r.Skip(); r.Skip(); }, "0xc1 is never used", 1);
        AssertFails([0x01, 0xa2, 0xc3, 0x28], (ref r) => { r.Skip(); r.ReadString(); }, "not valid UTF-8", 1);
        AssertFails([0xa1, 0x61], (ref r) => r.ReadInt64(), "Expected an integer but found String (0xa1)", 0);
        AssertFails([0xc0], (ref r) => r.ReadString(), "Expected a string but found Nil", 0);
        AssertFails([0x90], (ref r) => r.ReadMapHeader(), "Expected a map but found Array", 0);
        AssertFails([0xc3], (ref r) => r.ReadDouble(), "Expected a float", 0);
        AssertFails([0x00], (ref r) => r.ReadBinary(), "Expected binary data", 0);
        AssertFails([0x00], (ref r) => r.ReadExtension(out _), "Expected an extension", 0);
        AssertFails([0x00], (ref r) => r.ReadBoolean(), "Expected a boolean", 0);
        AssertFails([0x00], (ref r) => r.ReadNil(), "Expected nil", 0);
    }

    private delegate void ReadAction(ref MessagePackReader reader);

    private static void AssertFails(byte[] bytes, ReadAction read, string message, int offset)
    {
        var exception = Assert.Throws<MessagePackSerializationException>(() =>
        {
            var reader = new MessagePackReader(bytes);
            read(ref reader);
        });
        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        Assert.Equal(offset, exception.Offset);
    }
}
