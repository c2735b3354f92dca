using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Events;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.People;

/// <summary>One person: what is on record (phone masked, reveal audited), and the counter's corrections — the name an SMS worker never gave, the 用工方 a chat left empty, skills and pay (第七条). Every change is audited with what it was before.</summary>
public sealed class DetailsModel(MarketDb db) : AdminPageModel(db)
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
        Note("姓名", Person.Name, name);
        var updated = Person with { Name = name };
        if (Person.Worker is { } w)
        {
            var skills = Form.Skills.Distinct().ToList();
            Note("工种", SkillNames.Of(w.Skills), SkillNames.Of(skills));
            Note("住址", w.HomePlace, Form.HomePlace?.Trim());
            Note("薪资要求", w.PayWanted?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), Form.PayWanted?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
            var home = string.IsNullOrWhiteSpace(Form.HomePlace) ? null : Market.Geography.Gazetteer.Xiangyang.Find(Form.HomePlace);
            updated = updated with { Worker = w with { Skills = skills, HomePlace = Form.HomePlace?.Trim(), Home = home?.Point ?? w.Home, PayWanted = Form.PayWanted } };
        }

        if (Person.Employer is { } e)
        {
            var unit = Form.UnitName!.Trim();
            Note("用工方", e.UnitName, unit);
            updated = updated with { Employer = e with { UnitName = unit, ContactName = e.ContactName ?? name } };
        }

        if (changes.Count > 0)
        {
            Db.InTransaction(() =>
            {
                Db.People.Update(updated);
                Db.WriteAudit(Me.UserName, "修改人员信息", $"person:{id}", string.Join("；", changes));
                Db.Raise(new PersonChanged(id, NewWorker: false));
            });
        }

        Flash(changes.Count > 0 ? "已保存" : "没有修改");
        return RedirectToPage(new { id });
    }

    private bool Load(int id)
    {
        var person = Db.People.FindById(id);
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
