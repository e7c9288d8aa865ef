using System;
using System.Buffers.Binary;
using System.Text;

namespace OrsCompiler.Runtime.MessagePack;

/// <summary>
/// Writes MessagePack values into a growable buffer, always choosing the smallest encoding, so equal input gives equal
/// bytes (the blob format depends on that).
/// </summary>
internal sealed class MessagePackWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private byte[] _buffer;
    private int _length;

    public MessagePackWriter(int initialCapacity = 256)
    {
        _buffer = new byte[Math.Max(16, initialCapacity)];
    }

    /// <summary>Number of bytes written so far.</summary>
    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => new(_buffer, 0, _length);

    public byte[] ToArray() => WrittenSpan.ToArray();

    /// <summary>Forgets what was written, keeping the buffer for the next values.</summary>
    public void Clear() => _length = 0;

    public void WriteNil() => WriteByte(MessagePackCode.Nil);

    public void Write(bool value) => WriteByte(value ? MessagePackCode.True : MessagePackCode.False);

    public void Write(int value) => Write((long)value);

    public void Write(long value)
    {
        if (value >= 0)
        {
            Write((ulong)value);
        }
        else if (value >= -32)
        {
            WriteByte(unchecked((byte)value));
        }
        else if (value >= sbyte.MinValue)
        {
            var span = Reserve(2);
            span[0] = MessagePackCode.Int8;
            span[1] = unchecked((byte)value);
        }
        else if (value >= short.MinValue)
        {
            var span = Reserve(3);
            span[0] = MessagePackCode.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span.Slice(1), (short)value);
        }
        else if (value >= int.MinValue)
        {
            var span = Reserve(5);
            span[0] = MessagePackCode.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span.Slice(1), (int)value);
        }
        else
        {
            var span = Reserve(9);
            span[0] = MessagePackCode.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span.Slice(1), value);
        }
    }

    public void Write(ulong value)
    {
        if (value <= MessagePackCode.MaxFixInt)
        {
            WriteByte((byte)value);
        }
        else if (value <= byte.MaxValue)
        {
            var span = Reserve(2);
            span[0] = MessagePackCode.UInt8;
            span[1] = (byte)value;
        }
        else if (value <= ushort.MaxValue)
        {
            var span = Reserve(3);
            span[0] = MessagePackCode.UInt16;
            BinaryPrimitives.WriteUInt16BigEndian(span.Slice(1), (ushort)value);
        }
        else if (value <= uint.MaxValue)
        {
            var span = Reserve(5);
            span[0] = MessagePackCode.UInt32;
            BinaryPrimitives.WriteUInt32BigEndian(span.Slice(1), (uint)value);
        }
        else
        {
            var span = Reserve(9);
            span[0] = MessagePackCode.UInt64;
            BinaryPrimitives.WriteUInt64BigEndian(span.Slice(1), value);
        }
    }

    public void Write(float value)
    {
        var span = Reserve(5);
        span[0] = MessagePackCode.Float32;
        BinaryPrimitives.WriteInt32BigEndian(span.Slice(1), FloatBits.ToInt32(value));
    }

    public void Write(double value)
    {
        var span = Reserve(9);
        span[0] = MessagePackCode.Float64;
        BinaryPrimitives.WriteInt64BigEndian(span.Slice(1), BitConverter.DoubleToInt64Bits(value));
    }

    /// <summary>Writes a UTF-8 string, or nil for null.</summary>
    public void Write(string? value)
    {
        if (value is null)
        {
            WriteNil();
            return;
        }

        var byteCount = StrictUtf8.GetByteCount(value);
        WriteStringHeader(byteCount);
        Reserve(byteCount);
        StrictUtf8.GetBytes(value, 0, value.Length, _buffer, _length - byteCount);
    }

    /// <summary>Writes a str header for <paramref name="utf8ByteCount"/> bytes; the caller writes the bytes with <see cref="WriteRaw"/>.</summary>
    public void WriteStringHeader(int utf8ByteCount)
    {
        if (utf8ByteCount <= MessagePackCode.MaxFixStr - MessagePackCode.MinFixStr)
        {
            WriteByte((byte)(MessagePackCode.MinFixStr | utf8ByteCount));
        }
        else
        {
            WriteLengthHeader(utf8ByteCount, MessagePackCode.Str8, MessagePackCode.Str16, MessagePackCode.Str32);
        }
    }

    public void WriteBinary(ReadOnlySpan<byte> value)
    {
        WriteLengthHeader(value.Length, MessagePackCode.Bin8, MessagePackCode.Bin16, MessagePackCode.Bin32);
        WriteRaw(value);
    }

    public void WriteArrayHeader(int count)
    {
        if (count <= MessagePackCode.MaxFixArray - MessagePackCode.MinFixArray)
        {
            WriteByte((byte)(MessagePackCode.MinFixArray | count));
        }
        else
        {
            WriteCollectionHeader(count, MessagePackCode.Array16, MessagePackCode.Array32);
        }
    }

    public void WriteMapHeader(int count)
    {
        if (count <= MessagePackCode.MaxFixMap - MessagePackCode.MinFixMap)
        {
            WriteByte((byte)(MessagePackCode.MinFixMap | count));
        }
        else
        {
            WriteCollectionHeader(count, MessagePackCode.Map16, MessagePackCode.Map32);
        }
    }

    /// <summary>Writes an extension value, using a fixext form when the length allows.</summary>
    public void WriteExtension(sbyte type, ReadOnlySpan<byte> data)
    {
        byte fixCode = data.Length switch
        {
            1 => MessagePackCode.FixExt1,
            2 => MessagePackCode.FixExt2,
            4 => MessagePackCode.FixExt4,
            8 => MessagePackCode.FixExt8,
            16 => MessagePackCode.FixExt16,
            _ => 0,
        };
        if (fixCode != 0)
        {
            WriteByte(fixCode);
        }
        else
        {
            WriteLengthHeader(data.Length, MessagePackCode.Ext8, MessagePackCode.Ext16, MessagePackCode.Ext32);
        }

        WriteByte(unchecked((byte)type));
        WriteRaw(data);
    }

    /// <summary>Writes a timestamp extension in the smallest of the three spec layouts.</summary>
    public void Write(MessagePackTimestamp value)
    {
        Span<byte> data = stackalloc byte[12];
        if (value.Seconds >> 34 == 0)
        {
            var packed = ((ulong)value.Nanoseconds << 34) | (ulong)value.Seconds;
            if ((packed & 0xffffffff00000000UL) == 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(data, (uint)packed);
                WriteExtension(MessagePackCode.TimestampExtensionType, data.Slice(0, 4));
            }
            else
            {
                BinaryPrimitives.WriteUInt64BigEndian(data, packed);
                WriteExtension(MessagePackCode.TimestampExtensionType, data.Slice(0, 8));
            }
        }
        else
        {
            BinaryPrimitives.WriteUInt32BigEndian(data, value.Nanoseconds);
            BinaryPrimitives.WriteInt64BigEndian(data.Slice(4), value.Seconds);
            WriteExtension(MessagePackCode.TimestampExtensionType, data);
        }
    }

    /// <summary>Copies bytes that already are MessagePack (or the body of a header written before).</summary>
    public void WriteRaw(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Reserve(bytes.Length));

    private void WriteLengthHeader(int length, byte code8, byte code16, byte code32)
    {
        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        if (length <= byte.MaxValue)
        {
            var span = Reserve(2);
            span[0] = code8;
            span[1] = (byte)length;
        }
        else
        {
            WriteCollectionHeader(length, code16, code32);
        }
    }

    private void WriteCollectionHeader(int count, byte code16, byte code32)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        if (count <= ushort.MaxValue)
        {
            var span = Reserve(3);
            span[0] = code16;
            BinaryPrimitives.WriteUInt16BigEndian(span.Slice(1), (ushort)count);
        }
        else
        {
            var span = Reserve(5);
            span[0] = code32;
            BinaryPrimitives.WriteUInt32BigEndian(span.Slice(1), (uint)count);
        }
    }

    private void WriteByte(byte value) => Reserve(1)[0] = value;

    /// <summary>Returns the next <paramref name="count"/> bytes of the buffer, growing it, and counts them as written.</summary>
    private Span<byte> Reserve(int count)
    {
        if (_buffer.Length - _length < count)
        {
            var capacity = Math.Max(_buffer.Length * 2, _length + count);
            Array.Resize(ref _buffer, capacity);
        }

        var span = new Span<byte>(_buffer, _length, count);
        _length += count;
        return span;
    }
}
