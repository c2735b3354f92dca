using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.People;

/// <summary>信息登记 at the counter: a walk-in worker or employer, recorded for the station that registered them.</summary>
public sealed class CreateModel(IMarketStore db) : AdminPageModel(db)
{
    [BindProperty]
    public PersonForm Form { get; set; } = new();

    public IEnumerable<SelectListItem> Stations => StationChoice.Options(MyStations);

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        var station = StationChoice.Resolve(Me, AllStations, Form.StationId);
        if (station is null)
        {
            ModelState.AddModelError("Form.StationId", "请选择您管辖范围内正在运营的驿站");
        }

        var worker = Form.Kind is "worker" or "both";
        var employer = Form.Kind is "employer" or "both";
        if (!worker && !employer)
        {
            ModelState.AddModelError("Form.Kind", "请选择类别");
        }

        if (worker && Form.Skills.Count == 0)
        {
            ModelState.AddModelError("Form.Skills", "请选择求职意向");
        }

        if (!Form.Consent)
        {
            ModelState.AddModelError("Form.Consent", "请先取得本人同意");
        }

        if (Form.Phone is { } phone && Db.People.ByPhone(phone) is not null)
        {
            ModelState.AddModelError("Form.Phone", "该手机号已登记");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = Db.UtcNow;
        var home = Form.HomePlace is { } hp ? Gazetteer.Xiangyang.Find(hp) : null;
        var person = new Person
        {
            Name = Form.Name!.Trim(),
            Phone = Form.Phone,
            PreferredChannel = Channel.Sms,
            StationId = station!.Id,
            District = home?.District ?? station.District,
            ConsentAt = now,
            CreatedAt = now,
            LastActiveAt = now,
            Worker = worker ? new WorkerProfile
            {
                Skills = [.. Form.Skills.Where(SkillNames.All.ContainsKey).Distinct()],
                HomePlace = Form.HomePlace?.Trim(),
                Home = home?.Point ?? station.Point,
                PayWanted = Form.PayWanted,
                PayUnit = Form.PayUnit is "day" or "hour" or "month" ? Form.PayUnit : "day",
                Age = Form.Age,
                RegisteredAt = now,
            } : null,
            Employer = employer ? new EmployerProfile
            {
                UnitName = string.IsNullOrWhiteSpace(Form.UnitName) ? Form.Name!.Trim() : Form.UnitName.Trim(),
                ContactName = Form.Name!.Trim(),
                ContactPhone = Form.Phone,
                RegisteredAt = now,
            } : null,
        };
        var id = Db.InTransaction(() =>
        {
            var newId = Db.People.Insert(person);
            Db.WriteAudit(Me.UserName, "窗口登记人员", $"person:{newId}", $"{station.Name} {PhoneMask.Mask(person.Phone)}");
            Db.Raise(new PersonChanged(newId, NewWorker: worker));
            return newId;
        });
        Flash($"已登记：{person.Name}（编号 {id}）");
        return RedirectToPage("Index");
    }

    public sealed class PersonForm
    {
        public string? StationId { get; set; }

        public string Kind { get; set; } = "worker";

        [Required(ErrorMessage = "请填写姓名")]
        [StringLength(30)]
        public string? Name { get; set; }

        [Required(ErrorMessage = "请填写手机号")]
        [RegularExpression("^1\\d{10}$", ErrorMessage = "请填写 11 位手机号")]
        public string? Phone { get; set; }

        public List<string> Skills { get; set; } = [];

        [StringLength(40)]
        public string? HomePlace { get; set; }

        [Range(0, 100_000)]
        public decimal? PayWanted { get; set; }

        public string? PayUnit { get; set; } = "day";

        [Range(16, 80, ErrorMessage = "年龄应在 16 到 80 之间")]
        public int? Age { get; set; }

        [StringLength(60)]
        public string? UnitName { get; set; }

        public bool Consent { get; set; }
    }
}
