using System;
using System.Collections.Generic;

namespace OrsCompiler.Text;

/// <summary>"Did you mean ...?": the known name closest to a misspelled one, by Damerau-Levenshtein distance.</summary>
public static class ClosestName
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/> (case-insensitive), or null when none is close enough:
    /// at most a third of the longer name's length, and at least one edit allowed.
    /// </summary>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            var allowed = Math.Max(1, Math.Max(name.Length, candidate.Length) / 3);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string: ready to append to a message.</summary>
    public static string Suggestion(string name, IEnumerable<string> candidates)
    {
        var closest = Find(name, candidates);
        return closest == null ? "" : $" (did you mean '{closest}'?)";
    }

    /// <summary>Insertions, deletions, substitutions and transpositions of adjacent characters (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
