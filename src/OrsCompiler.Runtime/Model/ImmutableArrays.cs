using System;
using System.Collections.Generic;

namespace OrsCompiler.Runtime.Model;

/// <summary>Copies what callers hand to <c>init</c> accessors, so a model object never aliases a caller's mutable list.</summary>
internal static class ImmutableArrays
{
    public static T[] Copy<T>(IEnumerable<T>? items)
    {
        if (items is null)
        {
            return Array.Empty<T>();
        }

        if (items is T[] array)
        {
            return array.Length == 0 ? Array.Empty<T>() : (T[])array.Clone();
        }

        if (items is ICollection<T> collection)
        {
            // A List (what builders usually hand over): one copy, not a List copy and then an array copy.
            if (collection.Count == 0)
            {
                return Array.Empty<T>();
            }

            var copied = new T[collection.Count];
            collection.CopyTo(copied, 0);
            return copied;
        }

        var copy = new List<T>(items);
        return copy.Count == 0 ? Array.Empty<T>() : copy.ToArray();
    }

    public static IReadOnlyList<T>[] CopyBlocks<T>(IEnumerable<IReadOnlyList<T>>? blocks)
    {
        if (blocks is null)
        {
            return Array.Empty<IReadOnlyList<T>>();
        }

        var copy = new List<IReadOnlyList<T>>();
        foreach (var block in blocks)
        {
            copy.Add(Copy(block));
        }

        return copy.ToArray();
    }
}
