using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;

namespace ZeroWork.Admin.Pages.Listing;

/// <summary>A list page: the same filters (county, station, China-time dates, state, name or phone), sort and paging on every list, with counts over everything that matched, not just the page shown.</summary>
public abstract class ListPageModel(MarketDb db) : AdminPageModel(db)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Station { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>"old" for oldest first, "new" for newest first, empty for the list's own default.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool OldestFirst => Sort == "old" || (string.IsNullOrEmpty(Sort) && DefaultOldestFirst);

    /// <summary>A work queue is worked oldest first; a register shows the newest first.</summary>
    protected virtual bool DefaultOldestFirst => false;

    /// <summary>Counties the viewer may filter by: every county for the city, none below it (a county sees only its own).</summary>
    public IEnumerable<SelectListItem> DistrictOptions => Me.IsCity ? Districts.Names.Select(d => new SelectListItem(d.Value, d.Key, d.Key == District)) : [];

    public IEnumerable<SelectListItem> StationOptions => MyStations
        .Where(s => District is null || s.District == District)
        .Select(s => new SelectListItem(s.Name, s.Id, s.Id == Station));

    /// <summary>Whether a record of <paramref name="stationId"/> is in the viewer's jurisdiction and in the county and station filters.</summary>
    protected bool InScope(string? stationId)
    {
        if (!Jurisdiction.Includes(MyStationIds, stationId))
        {
            return false;
        }

        if (!string.IsNullOrEmpty(Station) && stationId != Station)
        {
            return false;
        }

        return string.IsNullOrEmpty(District) || AllStations.FirstOrDefault(s => s.Id == stationId)?.District == District;
    }

    /// <summary>Whether a UTC instant falls on the China-time days From..To (both inclusive).</summary>
    protected bool InDates(DateTime utc)
    {
        var day = DateOnly.FromDateTime(ChinaTime.ToChina(utc).DateTime);
        return (From is null || day >= From) && (To is null || day <= To);
    }

    /// <summary>The UTC bounds of the date filter, for index range reads.</summary>
    protected (DateTime From, DateTime To) DateBounds() =>
        (From is { } f ? Utc(f) : DateTime.MinValue, To is { } t ? Utc(t.AddDays(1)) : DateTime.MaxValue);

    protected bool Matches(string? name, string? phone, params string?[] more) => PeopleSearch.Matches(Q, name, phone, more);

    /// <summary>Counts everything, then keeps one page of the ordered records.</summary>
    protected IReadOnlyList<T> Paginate<T>(IEnumerable<T> ordered)
    {
        var all = ordered as IReadOnlyList<T> ?? [.. ordered];
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        return [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>This list's address with the same filters on page <paramref name="page"/>.</summary>
    public string PageLink(int page)
    {
        var query = Request.Query
            .Where(kv => kv.Key is not ("p" or "handler" or "id" or "__RequestVerificationToken"))
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string?>(kv.Key, v)))
            .Append(new KeyValuePair<string, string?>("p", page.ToString(CultureInfo.InvariantCulture)));
        return Request.PathBase + Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query);
    }

    /// <summary>The current filters, to carry through a POST (a reveal) and back.</summary>
    public IDictionary<string, string> Filters =>
        Request.Query.Where(kv => kv.Key is not ("handler" or "id")).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);

    /// <summary>The current filters plus a record's id, for a form that acts on that record and comes back to the same list.</summary>
    public IDictionary<string, string> FiltersWith(int id)
    {
        var route = Filters;
        route["id"] = id.ToString(CultureInfo.InvariantCulture);
        return route;
    }

    private static DateTime Utc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - ChinaTime.Offset, DateTimeKind.Utc);
}
