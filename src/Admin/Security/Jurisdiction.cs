using System.Security.Claims;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Security;

/// <summary>属地管理: what a staff member may see. The city sees every station; a county its district's sub-station and township stations (not the city hub, which sits in a district too); a station itself.</summary>
public sealed record Jurisdiction(string UserName, StaffRole Role, string? District, string? StationId)
{
    public bool IsCity => Role == StaffRole.City;

    public bool IsCounty => Role == StaffRole.County;

    public static Jurisdiction Of(ClaimsPrincipal user)
    {
        var role = Enum.TryParse<StaffRole>(user.FindFirstValue(ClaimTypes.Role), out var r) ? r : StaffRole.Station;
        return new Jurisdiction(user.Identity?.Name ?? "", role, user.FindFirstValue(StaffClaims.District), user.FindFirstValue(StaffClaims.Station));
    }

    public bool Covers(Station station) => Role switch
    {
        StaffRole.City => true,
        StaffRole.County => District is not null && station.District == District && station.Level != StationLevel.CityHub,
        _ => StationId is not null && station.Id == StationId,
    };

    /// <summary>The ids of the stations in view, or null for the city (everything, including records with no station).</summary>
    public IReadOnlySet<string>? StationIds(IEnumerable<Station> all) =>
        IsCity ? null : all.Where(Covers).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether a record belonging to <paramref name="stationId"/> is in view; records with no station belong to the city.</summary>
    public static bool Includes(IReadOnlySet<string>? ids, string? stationId) =>
        ids is null || (stationId is not null && ids.Contains(stationId));

    /// <summary>Whether this staff member may manage <paramref name="account"/> (create, unlock, reset).</summary>
    public bool CanManage(StaffAccount account, IEnumerable<Station> all) => Role switch
    {
        StaffRole.City => true,
        StaffRole.County => account.Role == StaffRole.Station && account.StationId is { } id && all.Any(s => s.Id == id && Covers(s)),
        _ => false,
    };
}
