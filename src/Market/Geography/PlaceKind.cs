namespace ZeroWork.Market.Geography;

public enum PlaceKind
{
    /// <summary>County-level area (区/市/县, plus 高新区 and 东津新区).</summary>
    County,

    /// <summary>Township or street (乡/镇/街道).</summary>
    Township,

    /// <summary>Village or community (村/社区).</summary>
    Village,

    /// <summary>Road, market, station, landmark.</summary>
    Landmark,
}
