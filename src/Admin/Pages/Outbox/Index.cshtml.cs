using ZeroWork.Admin.Pages.Listing;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Outbox;

/// <summary>Messages to people in the viewer's jurisdiction (by the person's station; messages to no known person are the city's), newest first. Counts and cost cover every matching message, not only the page shown.</summary>
public sealed class IndexModel(MarketDb db) : ListPageModel(db)
{
    public OutboxState? Status => Enum.TryParse<OutboxState>(State, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : null;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public int SmsSegments { get; private set; }

    public decimal Cost { get; private set; }

    public void OnGet()
    {
        var stationOf = new Dictionary<int, string?>();
        string? StationOf(OutboxMessage m)
        {
            if (m.PersonId is not { } pid)
            {
                return null;
            }

            if (!stationOf.TryGetValue(pid, out var station))
            {
                station = Db.People.FindById(pid)?.StationId;
                stationOf[pid] = station;
            }

            return station;
        }

        var all = Status is { } st ? Db.Outbox.Find(m => m.State == st) : Db.Outbox.FindAll();
        var matched = all
            .Where(m => InDates(m.CreatedAt) && InScope(StationOf(m)))
            .Where(m => Matches(null, m.Address, m.Text))
            .ToList();
        SmsSegments = matched.Where(m => m.Channel == OutboxChannel.Sms).Sum(m => m.Segments);
        Cost = matched.Sum(m => m.Cost);
        Messages = Paginate(OldestFirst ? matched.OrderBy(m => m.Id) : matched.OrderByDescending(m => m.Id));
    }

    /// <summary>Errors as staff read them: the "no channel configured" case in words, a provider's own message kept (it is what their support asks for).</summary>
    public static string ErrorText(OutboxMessage m) =>
        m.State == OutboxState.NotSent || (m.LastError?.Contains("not configured", StringComparison.OrdinalIgnoreCase) ?? false) ? "未配置短信/微信通道，消息仅保存在本地"
        : m.LastError ?? "";
}
