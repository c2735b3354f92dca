namespace ZeroWork.Market.Geography;

/// <summary>A named place of Xiangyang with its county-level district code and GCJ-02 point.</summary>
public sealed record Place(string Name, string District, PlaceKind Kind, GeoPoint Point, IReadOnlyList<string> Aliases)
{
    /// <summary>
    /// How far an approximate point may be from where the person really is: about the radius of a rural township, so a
    /// match against an approximate point should reach this far rather than the usual push radius.
    /// </summary>
    public const double TownshipRadiusMeters = 5_000;

    /// <summary>
    /// The point is not the place's own but a stand-in (a village placed at its township's seat, a seat no public reference
    /// gives): a push should say the distance is approximate and match within <see cref="TownshipRadiusMeters"/>.
    /// </summary>
    public bool Approximate { get; init; }

    /// <summary>The township or street a village or community belongs to (its full name), else null.</summary>
    public string? Township { get; init; }
}
