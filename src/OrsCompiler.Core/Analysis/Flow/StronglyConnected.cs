using System;
using System.Collections.Generic;

namespace OrsCompiler.Analysis.Flow;

/// <summary>Tarjan's strongly connected components, iterative so that no chart can overflow the stack.</summary>
internal static class StronglyConnected
{
    public static List<List<T>> Components<T>(IEnumerable<T> nodes, Func<T, IReadOnlyList<T>> successors)
        where T : notnull
    {
        var index = new Dictionary<T, int>();
        var lowLink = new Dictionary<T, int>();
        var onStack = new HashSet<T>();
        var stack = new Stack<T>();
        var components = new List<List<T>>();
        var work = new Stack<(T Node, int Next)>();

        foreach (var root in nodes)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                if (next == 0)
                {
                    index[node] = lowLink[node] = index.Count;
                    stack.Push(node);
                    onStack.Add(node);
                }

                var edges = successors(node);
                var descended = false;
                for (var i = next; i < edges.Count; i++)
                {
                    var successor = edges[i];
                    if (!index.ContainsKey(successor))
                    {
                        work.Push((node, i + 1));
                        work.Push((successor, 0));
                        descended = true;
                        break;
                    }

                    if (onStack.Contains(successor))
                    {
                        lowLink[node] = Math.Min(lowLink[node], index[successor]);
                    }
                }

                if (descended)
                {
                    continue;
                }

                if (lowLink[node] == index[node])
                {
                    var component = new List<T>();
                    T member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (!EqualityComparer<T>.Default.Equals(member, node));
                    components.Add(component);
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    lowLink[parent] = Math.Min(lowLink[parent], lowLink[node]);
                }
            }
        }

        return components;
    }
}
