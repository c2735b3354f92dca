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
    private readonly List<T?> values = [null];

    public void Add(string name, T value)
    {
        var node = 0;
        foreach (var c in name)
        {
            if (!edges.TryGetValue(Key(node, c), out var child))
            {
                child = values.Count;
                values.Add(null);
                edges[Key(node, c)] = child;
            }

            node = child;
        }

        values[node] ??= value;
    }

    /// <summary>The length and value of the longest name that starts at <paramref name="start"/>, or (0, null).</summary>
    public (int Length, T? Value) LongestAt(string text, int start)
    {
        var node = 0;
        var best = (0, (T?)null);
        for (var i = start; i < text.Length && edges.TryGetValue(Key(node, text[i]), out node); i++)
        {
            if (values[node] is { } v)
            {
                best = (i - start + 1, v);
            }
        }

        return best;
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;
}
