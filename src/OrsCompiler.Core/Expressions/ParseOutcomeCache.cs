using System;
using System.Collections.Concurrent;
using System.Threading;

namespace OrsCompiler.Expressions;

/// <summary>
/// Check results by exact source text. Strategies repeat the same conditions and expressions over and over, and
/// parsing dominates linting time. Bounded: long texts are not cached, and when the entry count reaches the cap the
/// cache is simply emptied (the working set of one build refills it quickly). Thread-safe.
/// </summary>
internal sealed class ParseOutcomeCache
{
    private readonly ConcurrentDictionary<string, ScriptCheckResult> _entries = new(StringComparer.Ordinal);
    private readonly int _maxEntries;
    private readonly int _maxTextLength;
    private int _count;

    public ParseOutcomeCache(int maxEntries, int maxTextLength)
    {
        _maxEntries = maxEntries;
        _maxTextLength = maxTextLength;
    }

    public ScriptCheckResult GetOrAdd(string text, Func<string, ScriptCheckResult> check)
    {
        if (text.Length > _maxTextLength)
        {
            return check(text);
        }

        if (_entries.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var result = check(text);
        if (_entries.TryAdd(text, result) && Interlocked.Increment(ref _count) > _maxEntries)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _count, 0);
        }

        return result;
    }
}
