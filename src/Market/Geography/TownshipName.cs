namespace ZeroWork.Market.Geography;

/// <summary>The short form people use for a township or street: 太平店镇 → 太平店, 七里河街道 → 七里河.</summary>
public static class TownshipName
{
    public static readonly IReadOnlyList<string> Suffixes = ["街道", "镇", "乡"];

    /// <summary>The name without its 街道/镇/乡 suffix; a name whose stem would be a single character stays whole.</summary>
    public static string ShortForm(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
