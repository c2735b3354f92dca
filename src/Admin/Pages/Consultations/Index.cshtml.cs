using Microsoft.Extensions.Options;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Consultations;

/// <summary>The inbox of consultations in the viewer's jurisdiction; overdue ones first.</summary>
public sealed class IndexModel(MarketDb db, IOptions<AdminOptions> options) : AdminPageModel(db)
{
    public string Show { get; private set; } = "open";

    public int OverdueHours => options.Value.ConsultationOverdueHours;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public void OnGet(string? show)
    {
        Show = show == "all" ? "all" : "open";
        var ids = MyStationIds;
        var now = Db.UtcNow;
        var limit = TimeSpan.FromHours(OverdueHours);
        var items = (Show == "all" ? Db.Consultations.FindAll() : Db.Consultations.Find(c => c.State != ConsultationState.Closed))
            .Where(c => Jurisdiction.Includes(ids, c.StationId))
            .ToList();
        Rows = [.. items.Select(c =>
            {
                var person = Db.People.FindById(c.PersonId);
                var waiting = (c.FirstResponseAt ?? (c.State == ConsultationState.Closed ? c.ClosedAt ?? now : now)) - c.CreatedAt;
                var overdue = c.FirstResponseAt is null && c.State != ConsultationState.Closed && now - c.CreatedAt > limit;
                return new Row(c, person?.Name ?? $"#{c.PersonId}", person?.Phone, c.FirstResponseAt is null ? now - c.CreatedAt : waiting, overdue);
            })
            .OrderByDescending(r => r.Overdue)
            .ThenBy(r => r.Consultation.State == ConsultationState.Closed)
            .ThenBy(r => r.Consultation.CreatedAt)
            .Take(300)];
    }

    public sealed record Row(Consultation Consultation, string PersonName, string? Phone, TimeSpan Waiting, bool Overdue);
}
