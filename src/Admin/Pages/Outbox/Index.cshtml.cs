using ZeroWork.Admin.Security;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Outbox;

/// <summary>Messages to people in the viewer's jurisdiction (by the person's station; messages to no known person are the city's), newest first.</summary>
public sealed class IndexModel(MarketDb db) : AdminPageModel(db)
{
    public OutboxState? State { get; private set; }

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public int SmsSegments => Messages.Where(m => m.Channel == OutboxChannel.Sms).Sum(m => m.Segments);

    public decimal Cost => Messages.Sum(m => m.Cost);

    public void OnGet(string? state)
    {
        State = Enum.TryParse<OutboxState>(state, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;
        var ids = MyStationIds;
        var stationOf = new Dictionary<int, string?>();
        bool InView(OutboxMessage m)
        {
            if (ids is null)
            {
                return true;
            }

            if (m.PersonId is not { } pid)
            {
                return false;
            }

            if (!stationOf.TryGetValue(pid, out var station))
            {
                station = Db.People.FindById(pid)?.StationId;
                stationOf[pid] = station;
            }

            return Jurisdiction.Includes(ids, station);
        }

        var all = State is { } st ? Db.Outbox.Find(m => m.State == st) : Db.Outbox.FindAll();
        Messages = [.. all.Where(InView).OrderByDescending(m => m.Id).Take(300)];
    }
}
