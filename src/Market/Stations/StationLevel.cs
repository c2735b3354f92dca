namespace ZeroWork.Market.Stations;

/// <summary>The three tiers of 第二条.</summary>
public enum StationLevel
{
    /// <summary>城市总站.</summary>
    CityHub,

    /// <summary>县（市、区）分站.</summary>
    SubStation,

    /// <summary>乡镇（街道）零工驿站.</summary>
    Township,
}
