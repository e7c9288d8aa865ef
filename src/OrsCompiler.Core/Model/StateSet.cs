using System;
using System.Collections.Generic;
using OrsCompiler.Collections;

namespace OrsCompiler.Model;

/// <summary>
/// A set of states of one chart, marked by document order: adding, testing and clearing cost an array access, where
/// a hash set hashes. For the analyses that enter every transition target of every document.
/// </summary>
internal sealed class StateSet
{
    private readonly List<StateNode> _members = new();
    private bool[] _marks;

    public StateSet(int stateCount = 16)
    {
        _marks = new bool[Math.Max(stateCount, 1)];
    }

    /// <summary>The states in the order they were added.</summary>
    public ReadOnlyListView<StateNode> Members => new(_members);

    public bool Contains(StateNode state) => state.DocumentOrder < _marks.Length && _marks[state.DocumentOrder];

    public bool Add(StateNode state)
    {
        if (state.DocumentOrder >= _marks.Length)
        {
            Array.Resize(ref _marks, Math.Max(state.DocumentOrder + 1, _marks.Length * 2));
        }

        if (_marks[state.DocumentOrder])
        {
            return false;
        }

        _marks[state.DocumentOrder] = true;
        _members.Add(state);
        return true;
    }

    public void Clear()
    {
        foreach (var state in _members)
        {
            _marks[state.DocumentOrder] = false;
        }

        _members.Clear();
    }
}
