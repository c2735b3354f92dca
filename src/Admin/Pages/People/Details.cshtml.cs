using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Events;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.People;

/// <summary>One person: what is on record (phone masked, reveal audited), and the counter's corrections — the name an SMS worker never gave, the 用工方 a chat left empty, skills and pay (第七条). Every change is audited with what it was before.</summary>
public sealed class DetailsModel(IMarketStore db) : AdminPageModel(db)
{
    [BindProperty]
    public PersonEdit Form { get; set; } = new();

    public Person Person { get; private set; } = new();

    public bool PhoneRevealed { get; private set; }

    public IActionResult OnGet(int id)
    {
        if (!Load(id))
        {
            return Outside();
        }

        PhoneRevealed = Revealed("person") == id;
        Form = new PersonEdit
        {
            Name = Person.Name,
            UnitName = Person.Employer?.UnitName,
            Skills = [.. Person.Worker?.Skills ?? []],
            HomePlace = Person.Worker?.HomePlace,
            PayWanted = Person.Worker?.PayWanted,
        };
        return Page();
    }

    public IActionResult OnPostReveal(int id) =>
        Load(id) ? Reveal("person", id, PhoneMask.Mask(Person.Phone), Url.Page("Details", new { id })!) : Outside();

    public IActionResult OnPostSave(int id)
    {
        if (!Load(id))
        {
            return Outside();
        }

        if (Person.IsWorker && (Form.Skills.Count == 0 || !Form.Skills.All(SkillNames.All.ContainsKey)))
        {
            ModelState.AddModelError("Form.Skills", "请选择求职意向（工种）");
        }

        if (Person.IsEmployer && string.IsNullOrWhiteSpace(Form.UnitName))
        {
            ModelState.AddModelError("Form.UnitName", "请填写用工方单位（个人可填姓名）");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var changes = new List<string>();
        void Note(string field, string? before, string? after)
        {
            if ((before ?? "") != (after ?? ""))
            {
                changes.Add($"{field}：{(string.IsNullOrEmpty(before) ? "（空）" : before)} → {after}");
            }
        }

        var name = Form.Name!.Trim();
        var skills = Form.Skills.Distinct().ToList();
        var homePlace = Form.HomePlace?.Trim();
        var home = string.IsNullOrWhiteSpace(Form.HomePlace) ? null : Market.Geography.Gazetteer.Xiangyang.Find(Form.HomePlace);
        var unit = Form.UnitName?.Trim();
        Note("姓名", Person.Name, name);
        if (Person.Worker is { } w)
        {
            Note("工种", SkillNames.Of(w.Skills), SkillNames.Of(skills));
            Note("住址", w.HomePlace, homePlace);
            Note("薪资要求", w.PayWanted?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), Form.PayWanted?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (Person.Employer is { } e)
        {
            Note("用工方", e.UnitName, unit);
        }

        // Applied to the row as it is now, so what the person changed by SMS meanwhile (availability, opting out) is kept.
        Person Edit(Person p) => p with
        {
            Name = name,
            Worker = Person.Worker is not null && p.Worker is { } pw ? pw with { Skills = skills, HomePlace = homePlace, Home = home?.Point ?? pw.Home, PayWanted = Form.PayWanted } : p.Worker,
            Employer = Person.Employer is not null && p.Employer is { } pe ? pe with { UnitName = unit, ContactName = pe.ContactName ?? name } : p.Employer,
        };

        if (changes.Count > 0)
        {
            Db.InTransaction(() =>
            {
                if (Db.People.FindForUpdate(id) is not { } current)
                {
                    return;
                }

                Db.People.Update(Edit(current));
                Db.WriteAudit(Me.UserName, "修改人员信息", $"person:{id}", string.Join("；", changes));
                Db.Raise(new PersonChanged(id, NewWorker: false));
            });
        }

        Flash(changes.Count > 0 ? "已保存" : "没有修改");
        return RedirectToPage(new { id });
    }

    private bool Load(int id)
    {
        var person = Db.People.Find(id);
        if (person is null || !Jurisdiction.Includes(MyStationIds, person.StationId))
        {
            return false;
        }

        Person = person;
        return true;
    }

    public sealed class PersonEdit
    {
        [Required(ErrorMessage = "请填写姓名")]
        [StringLength(30)]
        public string? Name { get; set; }

        [StringLength(60)]
        public string? UnitName { get; set; }

        public List<string> Skills { get; set; } = [];

        [StringLength(40)]
        public string? HomePlace { get; set; }

        [Range(0, 100_000)]
        public decimal? PayWanted { get; set; }
    }
}
