using System.Collections;
using System.Collections.Generic;

namespace OrsCompiler.Collections;

/// <summary>
/// A read-only view of a list the syntax tree or the chart owns: an element's attributes or child nodes, a state's
/// children and transitions. Like Roslyn's <c>SyntaxList</c>, a <c>foreach</c> over it allocates nothing: rules walk
/// these lists for every element and state, so a boxed enumerator each time adds up. A view of no list is empty.
/// </summary>
public readonly struct ReadOnlyListView<T> : IReadOnlyList<T>
{
    private static readonly List<T> Empty = new(0);
    private readonly List<T>? _items;

    internal ReadOnlyListView(List<T>? items)
    {
        _items = items;
    }

    public int Count => _items?.Count ?? 0;

    public T this[int index] => (_items ?? Empty)[index];

    public List<T>.Enumerator GetEnumerator() => (_items ?? Empty).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
