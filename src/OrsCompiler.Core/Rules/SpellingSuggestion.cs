using System;
using System.Collections.Generic;

namespace OrsCompiler.Rules;

/// <summary>"Did you mean" for misspelled references: the closest known name within a small edit distance.</summary>
public static class SpellingSuggestion
{
    private const int MaxLength = 100;

    /// <summary>The closest candidate, or null when none is close enough to be a plausible typo.</summary>
    public static string? Find(string misspelled, IEnumerable<string> candidates)
    {
        // Ids longer than this are not typed by hand; and the distance is quadratic in the length. A one-character
        // name is one edit away from every other short name: any suggestion would be a guess.
        if (misspelled.Length > MaxLength || misspelled.Length < 2)
        {
            return null;
        }

        // One edit per three characters, at least one: 'sate1' finds 'state1', 'x' does not find 'y2'.
        var limit = Math.Max(1, misspelled.Length / 3);
        string? best = null;
        var bestDistance = limit + 1;
        var rows = new int[3][];
        foreach (var candidate in candidates)
        {
            if (candidate.Length < 2 || Math.Abs(candidate.Length - misspelled.Length) >= bestDistance)
            {
                continue;
            }

            var distance = Distance(misspelled, candidate, bestDistance, rows);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The suffix for a message: " (did you mean 'x'?)", or empty.</summary>
    public static string DidYouMean(string misspelled, IEnumerable<string> candidates) =>
        Find(misspelled, candidates) is { } suggestion ? $" (did you mean '{suggestion}'?)" : "";

    /// <summary>
    /// Edit distance counting a swap of two neighbours as one edit (optimal string alignment): 'strat' is one typo
    /// away from 'start'. Ordinal, because ids are case-sensitive. Stops early once every path costs at least
    /// <paramref name="cutoff"/> (and then returns a value of at least the cutoff); <paramref name="rows"/> are
    /// reused across candidates.
    /// </summary>
    private static int Distance(string a, string b, int cutoff, int[][] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] == null || rows[r].Length < b.Length + 1)
            {
                rows[r] = new int[b.Length + 1];
            }
        }

        int[] beforePrevious = rows[0], previous = rows[1], current = rows[2];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(previous[j - 1] + cost, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
                rowMinimum = Math.Min(rowMinimum, best);
            }

            // A transposition can reach back two rows, so stop only when both rows are past the cutoff.
            if (rowMinimum >= cutoff && i > 1 && Min(previous, b.Length) >= cutoff)
            {
                return cutoff;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }

    private static int Min(int[] row, int length)
    {
        var minimum = int.MaxValue;
        for (var j = 0; j <= length; j++)
        {
            minimum = Math.Min(minimum, row[j]);
        }

        return minimum;
    }
}
