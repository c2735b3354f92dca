namespace ZeroWork.Bot.Understanding;

/// <summary>Longest-match, left-to-right, non-overlapping lookup of many terms in a text; linear in the text, no allocation when nothing matches.</summary>
internal sealed class TermScanner<T>
{
    private readonly Dictionary<char, (string Term, T Value)[]> byFirst;

    public TermScanner(IEnumerable<(string Term, T Value)> terms)
    {
        byFirst = terms
            .Where(t => t.Term.Length > 0)
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .Select(g => g.First())
            .GroupBy(t => t.Term[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Term.Length).ToArray());
    }

    public List<TermMatch<T>> Scan(string text)
    {
        List<TermMatch<T>>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            var step = 1;
            if (byFirst.TryGetValue(text[i], out var candidates))
            {
                foreach (var (term, value) in candidates)
                {
                    if (term.Length <= text.Length - i && string.CompareOrdinal(text, i, term, 0, term.Length) == 0)
                    {
                        (found ??= []).Add(new TermMatch<T>(i, term.Length, term, value));
                        step = term.Length;
                        break;
                    }
                }
            }

            i += step;
        }

        return found ?? [];
    }
}
