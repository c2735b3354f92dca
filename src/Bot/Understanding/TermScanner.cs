using System.Buffers;

namespace ZeroWork.Bot.Understanding;

/// <summary>Longest-match, left-to-right, non-overlapping lookup of many terms in a text; linear in the text, no allocation when nothing matches.</summary>
internal sealed class TermScanner<T>
{
    private readonly Dictionary<char, (string Term, T Value)[]> byFirst;

    // Positions whose character starts no term are skipped with a vectorised search, not one dictionary probe each.
    private readonly SearchValues<char> firsts;

    public TermScanner(IEnumerable<(string Term, T Value)> terms)
    {
        byFirst = terms
            .Where(t => t.Term.Length > 0)
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .Select(g => g.First())
            .GroupBy(t => t.Term[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Term.Length).ToArray());
        firsts = SearchValues.Create([.. byFirst.Keys]);
    }

    public List<TermMatch<T>> Scan(string text) => Scan(text, 0, text.Length);

    /// <summary>Terms that start and end within [start, end).</summary>
    public List<TermMatch<T>> Scan(string text, int start, int end)
    {
        List<TermMatch<T>>? found = null;
        var i = start;
        while (i < end)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny(firsts);
            if (next < 0)
            {
                break;
            }

            i += next;
            var length = MatchAt(text, i, end, out var term, out var value);
            if (length > 0)
            {
                (found ??= new List<TermMatch<T>>(8)).Add(new TermMatch<T>(i, length, term!, value!));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return found ?? [];
    }

    /// <summary>Whether any term occurs in the text (cheaper than <see cref="Scan(string)"/> when the answer is usually no).</summary>
    public bool Occurs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(firsts);
            if (next < 0)
            {
                return false;
            }

            i += next;
            if (MatchAt(text, i, text.Length, out _, out _) > 0)
            {
                return true;
            }

            i++;
        }

        return false;
    }

    private int MatchAt(string text, int i, int end, out string? term, out T? value)
    {
        foreach (var candidate in byFirst[text[i]])
        {
            if (candidate.Term.Length <= end - i && text.AsSpan(i, candidate.Term.Length).SequenceEqual(candidate.Term))
            {
                (term, value) = candidate;
                return candidate.Term.Length;
            }
        }

        term = null;
        value = default;
        return 0;
    }
}
