using System;
using System.Collections.Generic;
using System.Linq;
using OrsCompiler.Runtime.Redis;

namespace OrsCompiler.Redis.Publishing;

/// <summary>How a set of documents differs from a release, by name and blob hash.</summary>
public sealed class DocumentDiff
{
    private DocumentDiff(IReadOnlyList<string> added, IReadOnlyList<string> changed, IReadOnlyList<string> removed, IReadOnlyList<string> unchanged)
    {
        Added = added;
        Changed = changed;
        Removed = removed;
        Unchanged = unchanged;
    }

    public IReadOnlyList<string> Added { get; }

    public IReadOnlyList<string> Changed { get; }

    /// <summary>In the release but not in the new set: a publish drops them from the next release.</summary>
    public IReadOnlyList<string> Removed { get; }

    public IReadOnlyList<string> Unchanged { get; }

    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    /// <param name="release">The release to compare with; null when nothing is published yet.</param>
    /// <param name="documents">The documents of the next release.</param>
    public static DocumentDiff Between(ReleaseSnapshot? release, IReadOnlyCollection<DocumentToPublish> documents)
    {
        var published = release?.Documents ?? new Dictionary<string, string>();
        var added = new List<string>();
        var changed = new List<string>();
        var unchanged = new List<string>();
        foreach (var document in documents.OrderBy(document => document.Name, StringComparer.Ordinal))
        {
            if (!published.TryGetValue(document.Name, out var hash))
            {
                added.Add(document.Name);
            }
            else if (hash == document.ContentHash)
            {
                unchanged.Add(document.Name);
            }
            else
            {
                changed.Add(document.Name);
            }
        }

        var names = new HashSet<string>(documents.Select(document => document.Name), StringComparer.Ordinal);
        var removed = published.Keys.Where(name => !names.Contains(name)).OrderBy(name => name, StringComparer.Ordinal).ToList();
        return new DocumentDiff(added, changed, removed, unchanged);
    }
}
