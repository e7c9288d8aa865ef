using System.Collections;
using System.Collections.Generic;

namespace OrsCompiler.Syntax;

/// <summary>
/// An element and every element below it, in document order. The walk follows parent links and positions in the
/// parent instead of keeping a stack: no recursion (safe on any depth) and no allocation.
/// </summary>
public readonly struct DescendantElementList : IEnumerable<SyntaxElement>
{
    private readonly SyntaxElement _root;

    internal DescendantElementList(SyntaxElement root)
    {
        _root = root;
    }

    public Enumerator GetEnumerator() => new(_root);

    IEnumerator<SyntaxElement> IEnumerable<SyntaxElement>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<SyntaxElement>
    {
        private readonly SyntaxElement _root;
        private SyntaxElement? _current;
        private bool _finished;

        internal Enumerator(SyntaxElement root)
        {
            _root = root;
            _current = null;
            _finished = false;
        }

        public readonly SyntaxElement Current => _current!;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_finished)
            {
                return false;
            }

            if (_current == null)
            {
                _current = _root;
                return true;
            }

            _current = _current.NextInSubtree(_root, intoChildren: true);
            _finished = _current == null;
            return !_finished;
        }

        public void Reset()
        {
            _current = null;
            _finished = false;
        }

        public readonly void Dispose()
        {
        }
    }
}
