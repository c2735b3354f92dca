using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Understanding;

/// <summary>The place as written (most specific part), its Xiangyang district code, and the resolved GCJ-02 point.</summary>
internal sealed record PlaceReading(string Place, string? District, GeoPoint? Point);
