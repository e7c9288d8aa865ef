using System.Collections;
using System.Collections.Generic;
using OrsCompiler.Collections;

namespace OrsCompiler.Syntax;

/// <summary>The child elements of an element (its nodes without the character data), enumerated without allocating.</summary>
public readonly struct ChildElementList : IEnumerable<SyntaxElement>
{
    private readonly ReadOnlyListView<SyntaxNode> _nodes;

    internal ChildElementList(ReadOnlyListView<SyntaxNode> nodes)
    {
        _nodes = nodes;
    }

    public Enumerator GetEnumerator() => new(_nodes);

    IEnumerator<SyntaxElement> IEnumerable<SyntaxElement>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<SyntaxElement>
    {
        private readonly ReadOnlyListView<SyntaxNode> _nodes;
        private int _index;

        internal Enumerator(ReadOnlyListView<SyntaxNode> nodes)
        {
            _nodes = nodes;
            _index = -1;
            Current = null!;
        }

        public SyntaxElement Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++_index < _nodes.Count)
            {
                if (_nodes[_index] is SyntaxElement element)
                {
                    Current = element;
                    return true;
                }
            }

            return false;
        }

        public void Reset()
        {
            _index = -1;
            Current = null!;
        }

        public readonly void Dispose()
        {
        }
    }
}
