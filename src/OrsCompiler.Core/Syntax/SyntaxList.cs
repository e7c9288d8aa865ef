using System.Collections;
using System.Collections.Generic;

namespace OrsCompiler.Syntax;

/// <summary>
/// A read-only view of an element's attributes or child nodes. Like Roslyn's <c>SyntaxList</c>, a <c>foreach</c> over
/// it allocates nothing: every rule walks these lists for every element, so a boxed enumerator each time adds up.
/// </summary>
public readonly struct SyntaxList<T> : IReadOnlyList<T>
    where T : class
{
    private static readonly List<T> Empty = new(0);
    private readonly List<T>? _items;

    internal SyntaxList(List<T> items)
    {
        _items = items;
    }

    public int Count => _items?.Count ?? 0;

    public T this[int index] => (_items ?? Empty)[index];

    public List<T>.Enumerator GetEnumerator() => (_items ?? Empty).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
