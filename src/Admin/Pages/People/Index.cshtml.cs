using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Pages.Listing;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.People;

/// <summary>Workers and employers in the viewer's jurisdiction, phones masked; a full number is shown only after an audited POST.</summary>
public sealed class IndexModel(IMarketStore db) : ListPageModel(db)
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<Person> People { get; private set; } = [];

    public int? RevealedId { get; private set; }

    public void OnGet()
    {
        RevealedId = Revealed("person");
        People = Paginate(Ordered());
        if (RevealedId is { } id && People.All(p => p.Id != id) && Db.People.Find(id) is { } revealed && Jurisdiction.Includes(MyStationIds, revealed.StationId))
        {
            People = [revealed, .. People];
        }
    }

    public IActionResult OnPostReveal(int id)
    {
        var person = Db.People.Find(id);
        return person is null || !Jurisdiction.Includes(MyStationIds, person.StationId) ? Outside() : Reveal("person", id, PhoneMask.Mask(person.Phone), Here);
    }

    private IEnumerable<Person> Ordered()
    {
        var matched = Db.People.All()
            // Simulator users are staff testing the bot, not people registered: they live on the simulator page only.
            .Where(p => InScope(p.StationId) && InDates(p.CreatedAt) && !Sandbox.IsPerson(p))
            .Where(p => Kind switch { "worker" => p.IsWorker, "employer" => p.IsEmployer, _ => true })
            .Where(p => State switch { "optedout" => p.OptedOut, "noname" => string.IsNullOrWhiteSpace(p.Name), _ => true })
            .Where(p => Matches(p.Name, p.Phone, p.Employer?.UnitName, p.Employer?.ContactName));
        return OldestFirst ? matched.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id) : matched.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id);
    }
}
