using System.Text.RegularExpressions;

namespace ZeroWork.Admin.Pages.Listing;

/// <summary>Search by name or phone. A phone may be typed whole, as any run of its digits, or as it is shown masked ("138****5678"), so staff can find someone from a masked list or a slip of paper without anyone reading full numbers off the screen.</summary>
public static partial class PeopleSearch
{
    public static bool Matches(string? query, string? name, string? phone, params string?[] more)
    {
        var q = query?.Trim();
        if (string.IsNullOrEmpty(q))
        {
            return true;
        }

        if (Masked().Match(q.Replace(" ", "", StringComparison.Ordinal)) is { Success: true } m)
        {
            return phone is not null && phone.StartsWith(m.Groups[1].Value, StringComparison.Ordinal) && phone.EndsWith(m.Groups[2].Value, StringComparison.Ordinal);
        }

        var digits = new string([.. q.Where(char.IsAsciiDigit)]);
        if (digits.Length >= 3 && digits.Length == q.Count(c => c is not (' ' or '-')))
        {
            return phone is not null && phone.Contains(digits, StringComparison.Ordinal);
        }

        return (name ?? "").Contains(q, StringComparison.Ordinal) || more.Any(s => (s ?? "").Contains(q, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^(\d{3})\*{2,6}(\d{4})$")]
    private static partial Regex Masked();
}
