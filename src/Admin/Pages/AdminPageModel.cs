using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages;

/// <summary>What every admin page needs: the viewer's jurisdiction and the stations in it.</summary>
public abstract class AdminPageModel(MarketDb db) : PageModel
{
    private IReadOnlyList<Station>? stations;

    protected MarketDb Db { get; } = db;

    public Jurisdiction Me => Jurisdiction.Of(User);

    /// <summary>Every station (the network is small: tens of records).</summary>
    public IReadOnlyList<Station> AllStations => stations ??= [.. Db.Stations.FindAll().OrderBy(s => s.Level).ThenBy(s => s.Id, StringComparer.Ordinal)];

    public IReadOnlyList<Station> MyStations => [.. AllStations.Where(Me.Covers)];

    /// <summary>null = everything (city).</summary>
    public IReadOnlySet<string>? MyStationIds => Me.StationIds(AllStations);

    public string StationName(string? id) => id is null ? "—" : AllStations.FirstOrDefault(s => s.Id == id)?.Name ?? id;

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>Another jurisdiction's record is answered as if it did not exist.</summary>
    protected NotFoundResult Outside() => NotFound();
}
