namespace ZeroWork.Market.Geography;

/// <summary>
/// A character trie over many names: the longest name starting at a position is found in one walk whose length is
/// bounded by the longest name, however many names there are (thousands of villages cost no more per message than ten).
/// </summary>
internal sealed class NameTrie<T>
    where T : class
{
    /// <summary>Child of (node, character), keyed as node &lt;&lt; 16 | character: one hash of a long per character walked.</summary>
    private readonly Dictionary<long, int> edges = [];

    /// <summary>Children of the root by character: most positions of a text start no name, and this answers them without hashing.</summary>
    private readonly int[] roots = new int[char.MaxValue + 1];
    private readonly List<T?> values = [null];

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
    }

    /// <summary>The length and value of the longest name that starts at <paramref name="start"/>, or (0, null).</summary>
    public (int Length, T? Value) LongestAt(string text, int start)
    {
        var best = (0, (T?)null);
        if (start >= text.Length || roots[text[start]] is not (> 0 and var node))
        {
            return best;
        }

        for (var i = start; ; i++)
        {
            if (values[node] is { } v)
            {
                best = (i - start + 1, v);
            }

            if (i + 1 >= text.Length || !edges.TryGetValue(Key(node, text[i + 1]), out node))
            {
                return best;
            }
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
