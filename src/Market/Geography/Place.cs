namespace ZeroWork.Market.Geography;

/// <summary>A named place of Xiangyang with its county-level district code and GCJ-02 point.</summary>
public sealed record Place(string Name, string District, PlaceKind Kind, GeoPoint Point, IReadOnlyList<string> Aliases);
