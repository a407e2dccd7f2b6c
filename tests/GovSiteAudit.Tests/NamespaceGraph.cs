namespace GovSiteAudit.Tests;

/// <summary>Cycles in a directed graph of namespaces, found as strongly connected components (Tarjan).</summary>
internal static class NamespaceGraph
{
    /// <summary>Each knot of mutually dependent nodes (a strongly connected component of two or more), its members in order.</summary>
    public static List<List<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyCollection<string>> edges) =>
        StronglyConnected(edges).Where(c => c.Count > 1).Select(c => c.Order(StringComparer.Ordinal).ToList()).ToList();

    private static List<HashSet<string>> StronglyConnected(IReadOnlyDictionary<string, IReadOnlyCollection<string>> edges)
    {
        // Tarjan's algorithm; the graphs are a dozen nodes, so recursion depth is no concern.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var components = new List<HashSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new HashSet<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}
