using Microsoft.Extensions.Options;
using ZeroWork.Admin.Pages.Listing;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Consultations;

/// <summary>The inbox of consultations in the viewer's jurisdiction, newest first, with the overdue ones counted and flagged.</summary>
public sealed class IndexModel(MarketDb db, IOptions<AdminOptions> options) : ListPageModel(db)
{
    public const string Unclosed = "";
    public const string All = "all";
    public const string Overdue = "overdue";

    public int OverdueHours => options.Value.ConsultationOverdueHours;

    /// <summary>Unanswered past the limit, in the whole jurisdiction (whatever the filters): the alert at the top.</summary>
    public int OverdueCount { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public void OnGet()
    {
        var now = Db.UtcNow;
        var limit = TimeSpan.FromHours(OverdueHours);
        bool IsOverdue(Consultation c) => c.FirstResponseAt is null && c.State != ConsultationState.Closed && now - c.CreatedAt > limit;
        var state = Enum.TryParse<ConsultationState>(State, ignoreCase: false, out var s) && Enum.IsDefined(s) ? s : (ConsultationState?)null;
        var ids = MyStationIds;
        var unclosed = Db.Consultations.Find(c => c.State != ConsultationState.Closed).Where(c => Security.Jurisdiction.Includes(ids, c.StationId)).ToList();
        OverdueCount = unclosed.Count(IsOverdue);

        var source = State == All || state == ConsultationState.Closed ? Db.Consultations.FindAll() : unclosed;
        var people = new Dictionary<int, Person?>();
        Person? PersonOf(int id) => people.TryGetValue(id, out var p) ? p : people[id] = Db.People.FindById(id);
        var matched = source
            .Where(c => InScope(c.StationId) && InDates(c.CreatedAt))
            .Where(c => State switch
            {
                Overdue => IsOverdue(c),
                All or Unclosed or null => true,
                _ => state is null || c.State == state,
            })
            .Where(c => string.IsNullOrWhiteSpace(Q) || (PersonOf(c.PersonId) is { } p && Matches(p.Name, p.Phone)));
        var ordered = OldestFirst ? matched.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id) : matched.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id);
        Rows = [.. Paginate(ordered).Select(c =>
        {
            var person = PersonOf(c.PersonId);
            var waiting = (c.FirstResponseAt ?? (c.State == ConsultationState.Closed ? c.ClosedAt ?? now : now)) - c.CreatedAt;
            return new Row(c, person?.Name ?? "未留姓名", person?.Phone, waiting, IsOverdue(c));
        })];
    }

    public sealed record Row(Consultation Consultation, string PersonName, string? Phone, TimeSpan Waiting, bool Overdue);
}
