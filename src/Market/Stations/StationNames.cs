using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Stations;

/// <summary>Names the measures give stations.</summary>
public static class StationNames
{
    private const string PlaqueSuffix = "零工驿站";

    /// <summary>The plaque "XX零工驿站" (第十一条), from the township's name or the station's own.</summary>
    public static string Plaque(string townshipOrName)
    {
        var name = townshipOrName.EndsWith(PlaqueSuffix, StringComparison.Ordinal) ? townshipOrName[..^PlaqueSuffix.Length] : townshipOrName;
        return TownshipName.ShortForm(name) + PlaqueSuffix;
    }
}
