using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Posts;

/// <summary>A post taken at the counter: collected by this station and staff member, vetted like any other (第十五条), published at once when nothing looks wrong.</summary>
public sealed class CreateModel(MarketDb db) : AdminPageModel(db)
{
    [BindProperty]
    public PostForm Form { get; set; } = new();

    private const string RepeatFlag = "相同内容重复发布";

    public IEnumerable<SelectListItem> Stations => StationChoice.Options(MyStations);

    public void OnGet() => Form.WorkDate = Market.Time.ChinaTime.Now(Db.Time).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public IActionResult OnPost()
    {
        var station = StationChoice.Resolve(Me, AllStations, Form.StationId);
        if (station is null)
        {
            ModelState.AddModelError("Form.StationId", "请选择您管辖范围内正在运营的驿站");
        }

        if (Form.Skills.Count == 0 || !Form.Skills.All(SkillNames.All.ContainsKey))
        {
            ModelState.AddModelError("Form.Skills", "请选择工种");
        }

        if (Form.WorkDate is { } date && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            && day < DateOnly.FromDateTime(Market.Time.ChinaTime.Now(Db.Time).DateTime))
        {
            ModelState.AddModelError("Form.WorkDate", "用工日期不能早于今天");
        }

        if (Form.PayUnit is not null && !SkillNames.PayUnits.ContainsKey(Form.PayUnit))
        {
            ModelState.AddModelError("Form.PayUnit", "计薪方式不对");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var now = Db.UtcNow;
        var place = Form.PlaceText is { } pt ? Gazetteer.Xiangyang.Find(pt) : null;
        var (id, status) = Db.InTransaction(() =>
        {
            var employer = Db.People.FindOne(p => p.Phone == Form.ContactPhone);
            int employerId;
            if (employer is null)
            {
                employerId = Db.People.Insert(new Person
                {
                    Name = Form.ContactName!.Trim(),
                    Phone = Form.ContactPhone,
                    PreferredChannel = Channel.Sms,
                    StationId = station!.Id,
                    District = station.District,
                    ConsentAt = now,
                    CreatedAt = now,
                    LastActiveAt = now,
                    Employer = new EmployerProfile { UnitName = Form.EmployerName!.Trim(), ContactName = Form.ContactName!.Trim(), ContactPhone = Form.ContactPhone, RegisteredAt = now },
                }).AsInt32;
            }
            else
            {
                employerId = employer.Id;
                if (employer.Employer is null)
                {
                    Db.People.Update(employer with { Employer = new EmployerProfile { UnitName = Form.EmployerName!.Trim(), ContactName = Form.ContactName!.Trim(), ContactPhone = Form.ContactPhone, RegisteredAt = now } });
                }
            }

            var post = new JobPost
            {
                EmployerId = employerId,
                EmployerName = Form.EmployerName!.Trim(),
                Skills = [.. Form.Skills.Distinct()],
                Headcount = Form.Headcount,
                PayMin = Form.PayMin,
                PayMax = Form.PayMax ?? Form.PayMin,
                PayUnit = Form.PayUnit ?? "day",
                WorkDate = Form.WorkDate,
                StartTime = Form.StartTime,
                PlaceText = Form.PlaceText?.Trim(),
                District = place?.District ?? station!.District,
                Point = place?.Point ?? station!.Point,
                ContactName = Form.ContactName!.Trim(),
                ContactPhone = Form.ContactPhone,
                Description = Form.Description?.Trim(),
                Collector = new Collector { Channel = Channel.Counter, StationId = station!.Id, StaffUserName = Me.UserName },
                CreatedAt = now,
            };
            var postId = Db.Jobs.Insert(post).AsInt32;
            post = post with { Id = postId };
            // The same standard text typed at the counter for different walk-ins is not a spam repeat: the clerk saw the employer (谁收集、谁负责).
            var flags = PostVetting.RiskFlags(post, Db).Where(f => !f.StartsWith(RepeatFlag, StringComparison.Ordinal)).ToList();
            post = flags.Count > 0
                ? post with { Status = JobStatus.PendingReview, RiskFlags = flags }
                : post with { Status = JobStatus.Published, PublishedAt = now };
            Db.Jobs.Update(post);
            Db.WriteAudit(Me.UserName, "窗口登记招工信息", $"job:{postId}", flags.Count > 0 ? "待审核：" + string.Join("；", flags) : "已发布");
            Db.Raise(new JobChanged(postId, Published: post.Status == JobStatus.Published));
            return (postId, post.Status);
        });
        Flash(status == JobStatus.Published ? $"招工信息 #{id} 已发布" : $"招工信息 #{id} 有风险提示，已进入审核队列");
        return RedirectToPage("Index");
    }

    public sealed class PostForm
    {
        public string? StationId { get; set; }

        [Required(ErrorMessage = "请填写用工方单位或姓名")]
        [StringLength(60)]
        public string? EmployerName { get; set; }

        [Required(ErrorMessage = "请填写联系人")]
        [StringLength(30)]
        public string? ContactName { get; set; }

        [Required(ErrorMessage = "请填写联系电话")]
        [RegularExpression("^(1\\d{10}|0\\d{9,11})$", ErrorMessage = "请填写手机号或带区号的固定电话")]
        public string? ContactPhone { get; set; }

        public List<string> Skills { get; set; } = [];

        [Range(1, 500, ErrorMessage = "人数应在 1 到 500 之间")]
        public int Headcount { get; set; } = 1;

        [Range(0, 1_000_000)]
        public decimal? PayMin { get; set; }

        [Range(0, 1_000_000)]
        public decimal? PayMax { get; set; }

        public string? PayUnit { get; set; } = "day";

        [Required(ErrorMessage = "请填写用工日期")]
        [RegularExpression("^\\d{4}-\\d{2}-\\d{2}$", ErrorMessage = "日期格式应为 年-月-日")]
        public string? WorkDate { get; set; }

        [RegularExpression("^([01]\\d|2[0-3]):[0-5]\\d$", ErrorMessage = "时间格式应为 时:分")]
        public string? StartTime { get; set; }

        [Required(ErrorMessage = "请填写工作地点")]
        [StringLength(60)]
        public string? PlaceText { get; set; }

        [StringLength(500)]
        public string? Description { get; set; }
    }
}
