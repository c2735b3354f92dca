using Microsoft.AspNetCore.Mvc.Rendering;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Stations;

namespace ZeroWork.Admin.Pages;

/// <summary>Which station a counter registration is made for: station staff their own; county and city staff pick one in their jurisdiction.</summary>
public static class StationChoice
{
    public static IEnumerable<SelectListItem> Options(IEnumerable<Station> mine) =>
        mine.Where(s => s.State is StationState.Operating or StationState.Rectifying).Select(s => new SelectListItem(s.Name, s.Id));

    public static Station? Resolve(Jurisdiction me, IEnumerable<Station> all, string? requested)
    {
        var id = me.StationId ?? requested;
        var station = all.FirstOrDefault(s => s.Id == id);
        return station is not null && me.Covers(station) && station.State is StationState.Operating or StationState.Rectifying ? station : null;
    }
}
