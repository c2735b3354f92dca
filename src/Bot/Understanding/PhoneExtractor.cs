namespace ZeroWork.Bot.Understanding;

/// <summary>
/// The first mainland mobile (11 digits, 1[3-9]…) or landline with area code (0710-3609987) in the digit-normalised text,
/// written whole or in groups split by spaces or dashes (139 1234 5678, 150-7102-3390, 1350 710 2288).
/// </summary>
internal static class PhoneExtractor
{
    public static string? Extract(string numeric)
    {
        var groups = Groups(numeric);
        Span<char> acc = stackalloc char[16];
        for (var g = 0; g < groups.Count; g++)
        {
            var first = groups[g];
            if (first.Length == 0 || first.Length > 12 || first.PrecededByDecimal)
            {
                continue;
            }

            var n = 0;
            for (var k = g; k < groups.Count && n < 12; k++)
            {
                if (k > g && !groups[k].JoinedToPrevious)
                {
                    break;
                }

                var d = numeric.AsSpan(groups[k].Start, groups[k].Length);
                if (n + d.Length > 12)
                {
                    break;
                }

                d.CopyTo(acc[n..]);
                n += d.Length;
                var candidate = acc[..n];
                var endsHere = k + 1 >= groups.Count || !groups[k + 1].JoinedToPrevious;
                if (IsMobile(candidate))
                {
                    return new string(candidate);
                }

                if (IsLandline(candidate) && endsHere)
                {
                    return new string(candidate);
                }
            }
        }

        return null;
    }

    private static bool IsMobile(ReadOnlySpan<char> d) => d.Length == 11 && d[0] == '1' && d[1] is >= '3' and <= '9';

    private static bool IsLandline(ReadOnlySpan<char> d) => d.Length is 10 or 11 or 12 && d[0] == '0' && d[1] != '0';

    /// <summary>A run of digits by position, not as a string: most messages have several and none is kept.</summary>
    private readonly record struct Group(int Start, int Length, bool JoinedToPrevious, bool PrecededByDecimal);

    [ThreadStatic]
    private static List<Group>? reused;

    /// <summary>Runs of digits; a run joins the previous one when only one space or dash lies between them.</summary>
    private static List<Group> Groups(string s)
    {
        var groups = reused ??= new List<Group>(16);
        groups.Clear();
        var i = 0;
        var lastEnd = -10;
        while (i < s.Length)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            var gap = start - lastEnd;
            var joined = lastEnd >= 0 && gap <= 2 && (gap == 0 || IsSeparator(s.AsSpan(lastEnd, gap)));
            var decimalBefore = start > 0 && s[start - 1] == '.';
            groups.Add(new Group(start, i - start, joined, decimalBefore));
            lastEnd = i;
        }

        return groups;
    }

    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (c is not (' ' or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return gap.Length == 1 || (gap.Length == 2 && gap[0] == ' ' && gap[1] is '-' or ' ') || (gap.Length == 2 && gap[0] == '-' && gap[1] == ' ');
    }
}
