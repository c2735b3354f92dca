using ZeroWork.Market.Jobs;

namespace ZeroWork.Matcher.Skills;

/// <summary>One bit per skill code (in <see cref="SkillCatalog"/>'s order) for the index's masks, and the explicit table of close skills.</summary>
public static class SkillMasks
{
    /// <summary>Work a person who does one can usually do the other; kept short and explicit on purpose (the measures promise matching, not guessing).</summary>
    private static readonly (string A, string B)[] ClosePairs =
    [
        ("construction_helper", "porter"),
        ("bricklayer", "construction_helper"),
        ("scaffolder", "construction_helper"),
        ("rebar", "construction_helper"),
        ("porter", "mover"),
        ("porter", "sorter"),
        ("sorter", "factory"),
        ("cleaner", "housekeeper"),
        ("housekeeper", "caregiver"),
        ("housekeeper", "nanny"),
        ("cook", "dishwasher"),
        ("waiter", "dishwasher"),
        ("electrician", "plumber"),
        ("plumber", "repair"),
        ("electrician", "repair"),
        ("painter", "renovation"),
        ("carpenter", "renovation"),
        ("courier", "driver"),
        ("gardener", "farmhand"),
    ];

    private static readonly Dictionary<string, int> BitOf = SkillCatalog.Codes
        .Select((code, i) => (code, i))
        .ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal);

    private static readonly ulong[] CloseMaskOfBit = BuildCloseMasks();

    /// <summary>One bit per code; codes outside the contract count as <c>other</c>.</summary>
    public static ulong MaskOf(IEnumerable<string> codes)
    {
        ulong mask = 0;
        foreach (var code in codes)
        {
            mask |= 1UL << (BitOf.TryGetValue(code, out var bit) ? bit : BitOf["other"]);
        }

        return mask;
    }

    /// <summary>The skills close to any of <paramref name="exact"/>, without the exact ones.</summary>
    public static ulong CloseMaskOf(ulong exact)
    {
        ulong close = 0;
        for (var bit = 0; bit < SkillCatalog.Codes.Count; bit++)
        {
            if ((exact & (1UL << bit)) != 0)
            {
                close |= CloseMaskOfBit[bit];
            }
        }

        return close & ~exact;
    }

    public static bool AreClose(string a, string b) =>
        BitOf.TryGetValue(a, out var bit) && (CloseMaskOfBit[bit] & MaskOf([b])) != 0;

    private static ulong[] BuildCloseMasks()
    {
        var masks = new ulong[SkillCatalog.Codes.Count];
        var index = BitOf;
        foreach (var (a, b) in ClosePairs)
        {
            masks[index[a]] |= 1UL << index[b];
            masks[index[b]] |= 1UL << index[a];
        }

        return masks;
    }
}
