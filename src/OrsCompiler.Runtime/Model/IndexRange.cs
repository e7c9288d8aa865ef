using System;
using System.Collections;
using System.Collections.Generic;

namespace OrsCompiler.Runtime;

/// <summary>
/// The ascending indices <c>[start, end)</c> as a read-only list without storing them. Exit sets are the descendants
/// of a domain, which in a pre-order tree form such a range; storing them as arrays would cost quadratic memory on
/// deep documents.
/// </summary>
internal sealed class IndexRange : IReadOnlyList<int>
{
    public static readonly IndexRange Empty = new(0, 0);

    private readonly int _start;

    public IndexRange(int start, int end)
    {
        _start = start;
        Count = Math.Max(0, end - start);
    }

    /// <summary>True when this is exactly <c>[start, end)</c> (or empty and so is that range).</summary>
    public bool Is(int start, int end) => Count == Math.Max(0, end - start) && (Count == 0 || _start == start);

    public int Count { get; }

    public int this[int index] => (uint)index < (uint)Count ? _start + index : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<int> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _start + i;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
