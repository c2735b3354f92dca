namespace ZeroWork.Market.Geography;

/// <summary>
/// A character trie over many names: the longest name starting at a position is found in one walk whose length is
/// bounded by the longest name, however many names there are (thousands of villages cost no more per message than ten).
/// Built with a dictionary of edges; the first lookup packs it into arrays, so a walk compares characters in a short
/// sorted run instead of hashing one key per character.
/// </summary>
internal sealed class NameTrie<T>
    where T : class
{
    /// <summary>Child of (node, character), keyed as node &lt;&lt; 16 | character, while names are being added.</summary>
    private readonly Dictionary<long, int> edges = [];

    /// <summary>Children of the root by character: most positions of a text start no name, and this answers them at once.</summary>
    private readonly int[] roots = new int[char.MaxValue + 1];
    private readonly List<T?> values = [null];

    private volatile Packed? packed;

    public void Add(string name, T value)
    {
        var node = 0;
        foreach (var c in name)
        {
            var child = node == 0 ? roots[c] : edges.GetValueOrDefault(Key(node, c));
            if (child == 0)
            {
                child = values.Count;
                values.Add(null);
                if (node == 0)
                {
                    roots[c] = child;
                }
                else
                {
                    edges[Key(node, c)] = child;
                }
            }

            node = child;
        }

        values[node] ??= value;
        packed = null;
    }

    /// <summary>The length and value of the longest name that starts at <paramref name="start"/>, or (0, null).</summary>
    public (int Length, T? Value) LongestAt(string text, int start)
    {
        var best = (0, (T?)null);
        if (start >= text.Length || roots[text[start]] is not (> 0 and var node))
        {
            return best;
        }

        var p = packed ??= Pack();
        for (var i = start; ; i++)
        {
            if (p.Values[node] is { } v)
            {
                best = (i - start + 1, v);
            }

            if (i + 1 >= text.Length || (node = p.Child(node, text[i + 1])) == 0)
            {
                return best;
            }
        }
    }

    private Packed Pack()
    {
        var count = values.Count;
        var first = new int[count + 1];
        foreach (var key in edges.Keys)
        {
            first[(int)(key >> 16) + 1]++;
        }

        for (var n = 0; n < count; n++)
        {
            first[n + 1] += first[n];
        }

        var chars = new char[edges.Count];
        var nodes = new int[edges.Count];
        var fill = first[..count];
        foreach (var (key, child) in edges.OrderBy(e => e.Key))
        {
            var at = fill[(int)(key >> 16)]++;
            chars[at] = (char)(key & 0xFFFF);
            nodes[at] = child;
        }

        return new Packed(first, chars, nodes, [.. values]);
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>Children of node n are chars/nodes[first[n]..first[n + 1]], sorted by character.</summary>
    private sealed record Packed(int[] First, char[] Chars, int[] Nodes, T?[] Values)
    {
        public int Child(int node, char c)
        {
            var at = Array.BinarySearch(Chars, First[node], First[node + 1] - First[node], c);
            return at >= 0 ? Nodes[at] : 0;
        }
    }
}
