using System;
using System.Buffers.Binary;
using System.Text;

namespace OrsCompiler.Runtime.MessagePack;

/// <summary>
/// Reads MessagePack values from untrusted bytes. Every length is checked against the bytes that remain before anything
/// is sliced or allocated, so a hostile length can neither overrun the input nor force a large allocation; every
/// failure is a <see cref="MessagePackSerializationException"/> carrying the offset of the offending value.
/// </summary>
internal ref struct MessagePackReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public MessagePackReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>Offset of the next value.</summary>
    public readonly int Position => _position;

    public readonly int Remaining => _data.Length - _position;

    public readonly bool End => _position >= _data.Length;

    /// <summary>The first byte of the next value, without consuming it.</summary>
    public readonly byte NextCode => !End ? _data[_position] : throw Error("Unexpected end of data", _position);

    /// <summary>The type of the next value, without consuming it.</summary>
    public readonly MessagePackType NextType
    {
        get => MessagePackCode.ToType(NextCode);
    }

    /// <summary>Consumes a nil and returns true, or returns false and consumes nothing.</summary>
    public bool TryReadNil()
    {
        if (!End && _data[_position] == MessagePackCode.Nil)
        {
            _position++;
            return true;
        }

        return false;
    }

    public void ReadNil()
    {
        var start = _position;
        if (ReadCode() != MessagePackCode.Nil)
        {
            throw Mismatch("nil", start);
        }
    }

    public bool ReadBoolean()
    {
        var start = _position;
        return ReadCode() switch
        {
            MessagePackCode.True => true,
            MessagePackCode.False => false,
            _ => throw Mismatch("a boolean", start),
        };
    }

    /// <summary>Reads any integer format as a signed 64-bit value.</summary>
    public long ReadInt64() => TryReadPositiveFixInt(out var value) ? value : ReadAnyInt64();

    private long ReadAnyInt64()
    {
        var start = _position;
        var code = ReadCode();
        switch (code)
        {
            case <= MessagePackCode.MaxFixInt:
                return code;
            case >= MessagePackCode.MinNegativeFixInt:
                return unchecked((sbyte)code);
            case MessagePackCode.UInt8:
                return Take(1, start)[0];
            case MessagePackCode.UInt16:
                return BinaryPrimitives.ReadUInt16BigEndian(Take(2, start));
            case MessagePackCode.UInt32:
                return BinaryPrimitives.ReadUInt32BigEndian(Take(4, start));
            case MessagePackCode.UInt64:
                var unsigned = BinaryPrimitives.ReadUInt64BigEndian(Take(8, start));
                return unsigned <= long.MaxValue ? (long)unsigned : throw Error("Integer " + unsigned + " does not fit a signed 64-bit value", start);
            case MessagePackCode.Int8:
                return unchecked((sbyte)Take(1, start)[0]);
            case MessagePackCode.Int16:
                return BinaryPrimitives.ReadInt16BigEndian(Take(2, start));
            case MessagePackCode.Int32:
                return BinaryPrimitives.ReadInt32BigEndian(Take(4, start));
            case MessagePackCode.Int64:
                return BinaryPrimitives.ReadInt64BigEndian(Take(8, start));
            default:
                throw Mismatch("an integer", start);
        }
    }

    /// <summary>Reads any integer format as an unsigned 64-bit value; negative values are an error.</summary>
    public ulong ReadUInt64()
    {
        var start = _position;
        if (!End && _data[_position] == MessagePackCode.UInt64)
        {
            _position++;
            return BinaryPrimitives.ReadUInt64BigEndian(Take(8, start));
        }

        var value = ReadInt64();
        return value >= 0 ? (ulong)value : throw Error("Integer " + value + " is negative where an unsigned value is expected", start);
    }

    /// <summary>Reads an integer that must fit in 32 bits.</summary>
    public int ReadInt32() => TryReadPositiveFixInt(out var value) ? value : ReadAnyInt32();

    private int ReadAnyInt32()
    {
        var start = _position;
        var value = ReadAnyInt64();
        return value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Error("Integer " + value + " does not fit 32 bits", start);
    }

    /// <summary>Reads a float32 or float64.</summary>
    public double ReadDouble()
    {
        var start = _position;
        return ReadCode() switch
        {
            MessagePackCode.Float32 => FloatBits.ToSingle(BinaryPrimitives.ReadInt32BigEndian(Take(4, start))),
            MessagePackCode.Float64 => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64BigEndian(Take(8, start))),
            _ => throw Mismatch("a float", start),
        };
    }

    /// <summary>Reads a str value; nil is an error.</summary>
    public string ReadString()
    {
        var start = _position;
        var bytes = ReadStringBytes();
        return Decode(bytes, start);
    }

    /// <summary>Reads a str value, or nil as null.</summary>
    public string? ReadNullableString() => TryReadNil() ? null : ReadString();

    /// <summary>Reads a str value as its raw UTF-8 bytes (a slice of the input; nothing is allocated).</summary>
    public ReadOnlySpan<byte> ReadStringBytes()
    {
        var start = _position;
        var code = ReadCode();
        var length = code switch
        {
            >= MessagePackCode.MinFixStr and <= MessagePackCode.MaxFixStr => code & 0x1f,
            MessagePackCode.Str8 => Take(1, start)[0],
            MessagePackCode.Str16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2, start)),
            MessagePackCode.Str32 => ToLength(BinaryPrimitives.ReadUInt32BigEndian(Take(4, start)), start),
            _ => throw Mismatch("a string", start),
        };
        return Take(length, start);
    }

    /// <summary>Reads a bin value (a slice of the input; nothing is allocated).</summary>
    public ReadOnlySpan<byte> ReadBinary()
    {
        var start = _position;
        var length = ReadCode() switch
        {
            MessagePackCode.Bin8 => Take(1, start)[0],
            MessagePackCode.Bin16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2, start)),
            MessagePackCode.Bin32 => ToLength(BinaryPrimitives.ReadUInt32BigEndian(Take(4, start)), start),
            _ => throw Mismatch("binary data", start),
        };
        return Take(length, start);
    }

    /// <summary>Reads an array header. The count is at most the bytes that remain, since every element takes at least one.</summary>
    public int ReadArrayHeader()
    {
        // Records and most lists are short: a fixarray whose count the remaining bytes can hold needs no more checks.
        if (_position < _data.Length)
        {
            var code = _data[_position];
            if (code is >= MessagePackCode.MinFixArray and <= MessagePackCode.MaxFixArray && (code & 0x0f) < _data.Length - _position)
            {
                _position++;
                return code & 0x0f;
            }
        }

        return ReadAnyArrayHeader();
    }

    private int ReadAnyArrayHeader()
    {
        var start = _position;
        var code = ReadCode();
        var count = code switch
        {
            >= MessagePackCode.MinFixArray and <= MessagePackCode.MaxFixArray => code & 0x0f,
            MessagePackCode.Array16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2, start)),
            MessagePackCode.Array32 => ToLength(BinaryPrimitives.ReadUInt32BigEndian(Take(4, start)), start),
            _ => throw Mismatch("an array", start),
        };
        if (count > Remaining)
        {
            throw Error("Array claims " + count + " elements but only " + Remaining + " bytes remain", start);
        }

        return count;
    }

    /// <summary>Reads a map header (the number of key/value pairs), checked against the bytes that remain.</summary>
    public int ReadMapHeader()
    {
        var start = _position;
        var code = ReadCode();
        var count = code switch
        {
            >= MessagePackCode.MinFixMap and <= MessagePackCode.MaxFixMap => code & 0x0f,
            MessagePackCode.Map16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2, start)),
            MessagePackCode.Map32 => ToLength(BinaryPrimitives.ReadUInt32BigEndian(Take(4, start)), start),
            _ => throw Mismatch("a map", start),
        };
        if (count * 2L > Remaining)
        {
            throw Error("Map claims " + count + " entries but only " + Remaining + " bytes remain", start);
        }

        return count;
    }

    /// <summary>Reads an extension value: its type and its data (a slice of the input).</summary>
    public ReadOnlySpan<byte> ReadExtension(out sbyte type)
    {
        var start = _position;
        var length = ReadCode() switch
        {
            MessagePackCode.FixExt1 => 1,
            MessagePackCode.FixExt2 => 2,
            MessagePackCode.FixExt4 => 4,
            MessagePackCode.FixExt8 => 8,
            MessagePackCode.FixExt16 => 16,
            MessagePackCode.Ext8 => Take(1, start)[0],
            MessagePackCode.Ext16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2, start)),
            MessagePackCode.Ext32 => ToLength(BinaryPrimitives.ReadUInt32BigEndian(Take(4, start)), start),
            _ => throw Mismatch("an extension", start),
        };
        type = unchecked((sbyte)Take(1, start)[0]);
        return Take(length, start);
    }

    /// <summary>Reads a timestamp extension (type -1) in any of its three layouts.</summary>
    public MessagePackTimestamp ReadTimestamp()
    {
        var start = _position;
        var data = ReadExtension(out var type);
        if (type != MessagePackCode.TimestampExtensionType)
        {
            throw Error("Extension type " + type + " is not a timestamp", start);
        }

        return DecodeTimestamp(data, start);
    }

    /// <summary>Decodes the data of a timestamp extension.</summary>
    public static MessagePackTimestamp DecodeTimestamp(ReadOnlySpan<byte> data, int offset)
    {
        switch (data.Length)
        {
            case 4:
                return new MessagePackTimestamp(BinaryPrimitives.ReadUInt32BigEndian(data), 0);
            case 8:
                var packed = BinaryPrimitives.ReadUInt64BigEndian(data);
                return CheckedTimestamp((long)(packed & 0x3ffffffffUL), (uint)(packed >> 34), offset);
            case 12:
                return CheckedTimestamp(BinaryPrimitives.ReadInt64BigEndian(data.Slice(4)), BinaryPrimitives.ReadUInt32BigEndian(data), offset);
            default:
                throw Error("A timestamp has 4, 8 or 12 bytes, not " + data.Length, offset);
        }
    }

    /// <summary>Skips one complete value, however nested, without recursion (so depth cannot overflow the stack).</summary>
    public void Skip()
    {
        // Every iteration consumes at least one byte, and headers were checked against what remains: this terminates.
        long pending = 1;
        while (pending > 0)
        {
            pending--;
            switch (NextType)
            {
                case MessagePackType.Nil:
                case MessagePackType.Boolean:
                    _position++;
                    break;
                case MessagePackType.Integer:
                    ReadInt64OrUInt64();
                    break;
                case MessagePackType.Float:
                    ReadDouble();
                    break;
                case MessagePackType.String:
                    ReadStringBytes();
                    break;
                case MessagePackType.Binary:
                    ReadBinary();
                    break;
                case MessagePackType.Extension:
                    ReadExtension(out _);
                    break;
                case MessagePackType.Array:
                    pending += ReadArrayHeader();
                    break;
                case MessagePackType.Map:
                    pending += 2L * ReadMapHeader();
                    break;
                default:
                    throw Error("Byte 0xc1 is never used in MessagePack", _position);
            }
        }
    }

    /// <summary>Skips an integer of any width, including uint64 values above <see cref="long.MaxValue"/>.</summary>
    private void ReadInt64OrUInt64()
    {
        if (_data[_position] == MessagePackCode.UInt64)
        {
            ReadUInt64();
        }
        else
        {
            ReadInt64();
        }
    }

    /// <summary>
    /// The fast path of the integer readers: most integers of a blob (indices, kinds, positions) are positive fixints,
    /// one byte that is its own value. Small enough to inline; everything else goes through the full switch.
    /// </summary>
    private bool TryReadPositiveFixInt(out int value)
    {
        if (_position < _data.Length && _data[_position] <= MessagePackCode.MaxFixInt)
        {
            value = _data[_position++];
            return true;
        }

        value = 0;
        return false;
    }

    private byte ReadCode()
    {
        if (_position >= _data.Length)
        {
            throw Error("Unexpected end of data", _position);
        }

        return _data[_position++];
    }

    private ReadOnlySpan<byte> Take(int count, int valueStart)
    {
        if (count > _data.Length - _position)
        {
            throw Error("Value needs " + count + " more bytes but only " + (_data.Length - _position) + " remain", valueStart);
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    private static int ToLength(uint length, int valueStart) =>
        length <= int.MaxValue ? (int)length : throw Error("Length " + length + " exceeds what any input can hold", valueStart);

    private static MessagePackTimestamp CheckedTimestamp(long seconds, uint nanoseconds, int offset) =>
        nanoseconds <= 999_999_999 ? new MessagePackTimestamp(seconds, nanoseconds) : throw Error("Timestamp nanoseconds " + nanoseconds + " exceed 999999999", offset);

    private static string Decode(ReadOnlySpan<byte> utf8, int offset)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }

        if (utf8.Length > Utf8StringCache.MaxBytes)
        {
            return DecodeStrict(utf8, offset);
        }

        var text = Utf8StringCache.Find(utf8, out var slot);
        if (text is null)
        {
            text = DecodeStrict(utf8, offset);
            Utf8StringCache.Add(slot, utf8, text);
        }

        return text;
    }

    private static unsafe string DecodeStrict(ReadOnlySpan<byte> utf8, int offset)
    {
        try
        {
            fixed (byte* bytes = utf8)
            {
                return StrictUtf8.GetString(bytes, utf8.Length);
            }
        }
        catch (DecoderFallbackException)
        {
            throw Error("String is not valid UTF-8", offset);
        }
    }

    private readonly MessagePackSerializationException Mismatch(string expected, int offset) =>
        Error("Expected " + expected + " but found " + MessagePackCode.ToType(_data[offset]) + " (0x" + _data[offset].ToString("x2") + ")", offset);

    private static MessagePackSerializationException Error(string message, int offset) => new(message, offset);
}
