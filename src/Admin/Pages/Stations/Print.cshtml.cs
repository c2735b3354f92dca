using Microsoft.AspNetCore.Mvc;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>A township station's printables, filled from its record and history: the plaque certificate (第十条(三)), the 申报表 (附件1) and the
/// 撤销申报表 (附件2). A form that does not apply yet (no plaque granted, no revocation requested) is not found.</summary>
public sealed class PrintModel(IMarketStore db) : AdminPageModel(db)
{
    public const string Plaque = "plaque";
    public const string Application = "application";
    public const string Revocation = "revocation";

    public Station Station { get; private set; } = new();

    public string Form { get; private set; } = "";

    public string County => Districts.NameOf(Station.District);

    public IReadOnlyList<(string Condition, bool Met)> Conditions => StationConditions.Check(Station);

    public IActionResult OnGet(string id, string form)
    {
        var station = AllStations.FirstOrDefault(s => s.Id == id);
        if (station is null || station.Level != StationLevel.Township || !Me.Covers(station))
        {
            return Outside();
        }

        Station = station;
        Form = form;
        var applies = form switch
        {
            Plaque => station.Plaque is not null,
            Application => true,
            Revocation => Last(StationAction.RequestRevocation) is not null,
            _ => false,
        };
        return applies ? Page() : Outside();
    }

    /// <summary>The latest time a step was taken on this station.</summary>
    public StationEvent? Last(StationAction action) => Station.History.LastOrDefault(e => e.Action == StationLifecycle.StepOf(action).Label);

    /// <summary>A China-time date as the forms write it: 2026年3月10日.</summary>
    public static string Date(DateTime? utc) =>
        utc is { } u ? Market.Time.ChinaTime.ToChina(u).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture) : "    年  月  日";
}
