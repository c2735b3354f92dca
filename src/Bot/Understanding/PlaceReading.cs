using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Understanding;

/// <summary>The place as written (most specific part), its Xiangyang district code, and the resolved GCJ-02 point.</summary>
internal sealed record PlaceReading(string Place, string? District, GeoPoint? Point)
{
    /// <summary>Every place a shared name may mean when the message does not say which (城关 alone); empty when resolved.</summary>
    public IReadOnlyList<Place> Options { get; init; } = [];

    /// <summary>The point stands in for the place (a village at its township's seat): see <see cref="Market.Geography.Place.Approximate"/>.</summary>
    public bool Approximate { get; init; }
}
