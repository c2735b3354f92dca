using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.People;

/// <summary>Workers and employers in the viewer's jurisdiction, phones masked; a full number is shown only after an audited POST.</summary>
public sealed class IndexModel(MarketDb db) : AdminPageModel(db)
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public int? RevealedId { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostReveal(int id)
    {
        var person = Db.People.FindById(id);
        if (person is null || !Jurisdiction.Includes(MyStationIds, person.StationId))
        {
            return Outside();
        }

        Db.WriteAudit(Me.UserName, "查看完整电话", $"person:{id}", PhoneMask.Mask(person.Phone));
        RevealedId = id;
        Load();
        if (People.All(p => p.Id != id))
        {
            People = [person, .. People];
        }

        return Page();
    }

    private void Load()
    {
        var ids = MyStationIds;
        var q = Q?.Trim();
        People = [.. Db.People.FindAll()
            .Where(p => Jurisdiction.Includes(ids, p.StationId))
            .Where(p => Kind switch { "worker" => p.IsWorker, "employer" => p.IsEmployer, _ => true })
            .Where(p => string.IsNullOrEmpty(q) || (p.Name ?? "").Contains(q, StringComparison.Ordinal) || (p.Employer?.UnitName ?? "").Contains(q, StringComparison.Ordinal))
            .OrderByDescending(p => p.CreatedAt)
            .Take(PageSize)];
    }
}
