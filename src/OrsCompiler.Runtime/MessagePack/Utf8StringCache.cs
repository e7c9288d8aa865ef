using System;
using System.Threading;

namespace OrsCompiler.Runtime.MessagePack;

/// <summary>
/// A process-wide, fixed-size cache of short strings keyed by their UTF-8 bytes, in the spirit of XmlReader's NameTable:
/// documents repeat the same vocabulary (attribute names, <c>ecmascript</c>, state ids, event names), so most short
/// strings of a blob were decoded before and can be shared instead of decoded and allocated again.
/// </summary>
/// <remarks>
/// Direct-mapped: a miss overwrites the slot, so memory stays bounded whatever the input (at most 1024 strings of up to
/// 32 bytes, under 200 KB) and crafted collisions cost only hits. Thread-safe without locks: an entry is immutable and
/// a slot holds one reference. Only strings that passed strict UTF-8 decoding are stored, and a hit needs byte-for-byte
/// equality, so a hit is exactly what decoding gives.
/// </remarks>
internal static class Utf8StringCache
{
    /// <summary>Longer strings (scripts, expressions) rarely repeat; they are decoded without the cache.</summary>
    public const int MaxBytes = 32;

    private const int Slots = 1024;
    private static readonly Entry?[] Entries = new Entry?[Slots];

    /// <summary>The cached string for these bytes, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> utf8, out int slot)
    {
        slot = SlotOf(utf8);
        var entry = Volatile.Read(ref Entries[slot]);
        return entry is not null && utf8.SequenceEqual(entry.Utf8) ? entry.Text : null;
    }

    /// <summary>Remembers a string decoded from <paramref name="utf8"/> in the slot <see cref="Find"/> gave.</summary>
    public static void Add(int slot, ReadOnlySpan<byte> utf8, string text) => Volatile.Write(ref Entries[slot], new Entry(utf8.ToArray(), text));

    // FNV-1a: fast on short keys and spreads them well enough for a cache.
    internal static int SlotOf(ReadOnlySpan<byte> utf8)
    {
        var hash = 2166136261;
        foreach (var b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        return (int)(hash & (Slots - 1));
    }

    private sealed class Entry(byte[] utf8, string text)
    {
        public byte[] Utf8 { get; } = utf8;

        public string Text { get; } = text;
    }
}
