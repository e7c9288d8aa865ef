using System;

namespace OrsCompiler.Runtime.MessagePack;

/// <summary>Malformed MessagePack: thrown by <see cref="MessagePackReader"/> with the offset of the offending value.</summary>
internal sealed class MessagePackSerializationException : Exception
{
    public MessagePackSerializationException(string message, int offset)
        : base(message + " (at byte " + offset + ")")
    {
        Offset = offset;
    }

    /// <summary>Offset in the input where the offending value starts.</summary>
    public int Offset { get; }
}
