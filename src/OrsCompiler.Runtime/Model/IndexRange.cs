using System;
using System.Collections;
using System.Collections.Generic;

namespace OrsCompiler.Runtime.Model;

/// <summary>
/// The ascending indices <c>[start, end)</c> as a read-only list without storing them. Exit sets are the descendants
/// of a domain, which in a pre-order tree form such a range: give <see cref="CompiledTransition.ExitSet"/> one of
/// these rather than an array, or a document with n states costs O(n^2) memory.
/// </summary>
public sealed class IndexRange : IReadOnlyList<int>
{
    /// <summary>The empty range.</summary>
    public static readonly IndexRange Empty = new(0, 0);

    /// <summary>The indices from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive); empty when end is not above start.</summary>
    public IndexRange(int start, int end)
    {
        Start = start;
        Count = Math.Max(0, end - start);
    }

    public int Start { get; }

    /// <summary>One past the last index.</summary>
    public int End => Start + Count;

    public int Count { get; }

    public int this[int index] => (uint)index < (uint)Count ? Start + index : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Start + i;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>True when this is exactly <c>[start, end)</c> (or empty and so is that range).</summary>
    internal bool Is(int start, int end) => Count == Math.Max(0, end - start) && (Count == 0 || Start == start);
}
