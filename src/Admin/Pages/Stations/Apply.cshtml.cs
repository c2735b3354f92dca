using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Stations;

/// <summary>County (or city) staff enter a township's written application (第十条(一)); it starts in 已申报 and goes through the lifecycle.</summary>
[Authorize(Policy = AdminPolicies.CountyOrCity)]
public sealed class ApplyModel(IMarketStore db, AttachmentStore attachments) : AdminPageModel(db)
{
    public static IReadOnlyList<string> ServiceChoices => StationServices.All;

    [BindProperty]
    public ApplicationForm Form { get; set; } = new();

    public long MaxUploadBytes => attachments.MaxBytes;

    public IEnumerable<SelectListItem> DistrictOptions => Districts.Names.Select(d => new SelectListItem(d.Value, d.Key));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        var district = Me.IsCity ? Form.District : Me.District;
        if (district is null || !Districts.Names.ContainsKey(district))
        {
            ModelState.AddModelError("Form.District", "请选择所属区县");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var saved = new List<string>();
        foreach (var file in files)
        {
            var (entry, error) = await attachments.SaveAsync(file, cancellationToken);
            if (error is not null)
            {
                ModelState.AddModelError("files", error);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            saved.Add(entry!);
        }

        var id = Db.InTransaction(() =>
        {
            var next = Db.Stations.All().Where(s => s.Level == StationLevel.Township)
                .Select(s => int.TryParse(s.Id.Split('-').Last(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(0).Max() + 1;
            var station = new Station
            {
                Id = $"tw-{district}-{next:00}",
                Name = Form.Name!.Trim(),
                Level = StationLevel.Township,
                ParentId = $"sub-{district}",
                District = district!,
                Township = Form.Township!.Trim(),
                Address = Form.Address!.Trim(),
                Point = Gazetteer.Xiangyang.Find(Form.Township!)?.Point,
                AreaSquareMeters = Form.Area,
                HasFixedPremises = Form.HasFixedPremises,
                Staff = Lines(Form.Staff),
                Services = [.. Form.Services.Where(ServiceChoices.Contains).Distinct()],
                OpeningHours = Form.OpeningHours?.Trim(),
                Hotline = Form.Hotline?.Trim(),
                ServiceRules = Form.ServiceRules?.Trim(),
                Applicant = Form.Applicant!.Trim(),
                Manager = Form.Manager!.Trim(),
                ManagerPhone = Form.ManagerPhone?.Trim(),
                Attachments = saved,
                State = StationState.Applied,
                History = [new StationEvent { At = Db.UtcNow, Actor = Me.UserName, Action = "受理申报", Note = $"申报单位：{Form.Applicant!.Trim()}" }],
            };
            Db.Stations.Insert(station);
            Db.Raise(new StationsChanged());
            Db.WriteAudit(Me.UserName, "受理驿站申报", $"station:{station.Id}", station.Name);
            return station.Id;
        });
        Flash("申报已登记，等待审核");
        return RedirectToPage("Details", new { id });
    }

    private static string[] Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(100)];

    public sealed class ApplicationForm
    {
        [Required(ErrorMessage = "请填写驿站名称")]
        [StringLength(50)]
        public string? Name { get; set; }

        public string? District { get; set; }

        [Required(ErrorMessage = "请填写乡镇（街道）")]
        [StringLength(30)]
        public string? Township { get; set; }

        [Required(ErrorMessage = "请填写申报单位")]
        [StringLength(80)]
        public string? Applicant { get; set; }

        [Required(ErrorMessage = "请填写负责人")]
        [StringLength(30)]
        public string? Manager { get; set; }

        [RegularExpression("^[0-9-]{7,20}$", ErrorMessage = "电话号码格式不对")]
        public string? ManagerPhone { get; set; }

        [Required(ErrorMessage = "请填写地址")]
        [StringLength(120)]
        public string? Address { get; set; }

        public bool HasFixedPremises { get; set; }

        [Range(0, 100_000, ErrorMessage = "面积不合理")]
        public double? Area { get; set; }

        [StringLength(40)]
        public string? OpeningHours { get; set; }

        [RegularExpression("^[0-9-]{5,20}$", ErrorMessage = "热线号码格式不对")]
        public string? Hotline { get; set; }

        public List<string> Services { get; set; } = [];

        [StringLength(2000)]
        public string? Staff { get; set; }

        [StringLength(5000)]
        public string? ServiceRules { get; set; }
    }
}
