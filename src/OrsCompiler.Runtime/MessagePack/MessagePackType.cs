namespace OrsCompiler.Runtime.MessagePack;

/// <summary>The type family of a MessagePack value, as told by its first byte.</summary>
internal enum MessagePackType
{
    /// <summary>The reserved byte 0xc1, which no valid stream contains.</summary>
    Unknown,
    Nil,
    Boolean,
    Integer,
    Float,
    String,
    Binary,
    Array,
    Map,
    Extension,
}
