using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Stations;

public sealed class IndexModel(IMarketStore db) : AdminPageModel(db)
{
    public StationState? State { get; private set; }

    public IReadOnlyList<Station> Stations { get; private set; } = [];

    public DateTime Now => Db.UtcNow;

    public void OnGet(string? state)
    {
        State = Enum.TryParse<StationState>(state, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;
        Stations = [.. MyStations.Where(x => State is null || x.State == State)];
    }
}
