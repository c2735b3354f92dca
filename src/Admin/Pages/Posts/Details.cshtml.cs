using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Pages.Vetting;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Posts;

/// <summary>One post: its record and collector, corrections at the counter (the 用工方 a chat left empty, the contact name, the description — a new text is vetted again), and closing it. Every change is audited.</summary>
public sealed class DetailsModel(MarketDb db) : AdminPageModel(db)
{
    [BindProperty]
    public PostEdit Form { get; set; } = new();

    public JobPost Post { get; private set; } = new();

    public bool PhoneRevealed { get; private set; }

    public string? Error { get; private set; }

    public bool CanClose => Post.Status is JobStatus.Published or JobStatus.PendingReview or JobStatus.Filled;

    public IActionResult OnGet(int id)
    {
        if (!Load(id))
        {
            return Outside();
        }

        PhoneRevealed = Revealed("job") == id;
        Form = new PostEdit { EmployerName = Post.EmployerName, ContactName = Post.ContactName };
        return Page();
    }

    public IActionResult OnPostReveal(int id) =>
        Load(id) ? Reveal("job", id, PhoneMask.Mask(Post.ContactPhone), Url.Page("Details", new { id })!) : Outside();

    public IActionResult OnPostSave(int id)
    {
        if (!Load(id))
        {
            return Outside();
        }

        if (Post.Status is not (JobStatus.Published or JobStatus.PendingReview or JobStatus.Filled))
        {
            return Refuse("已结束的信息不能修改", StatusCodes.Status409Conflict);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var edited = Post with { EmployerName = Form.EmployerName!.Trim(), ContactName = Form.ContactName?.Trim(), Description = string.IsNullOrWhiteSpace(Form.Description) ? Post.Description : Form.Description.Trim() };
        // A changed text goes through the same fee and scam checks as a new post: editing must not slip past vetting (第十五条).
        if (edited.Description != Post.Description && PostDecision.Blocking(edited, Db) is { Count: > 0 } blocking)
        {
            return Refuse($"说明中有不能发布的内容（{string.Join("；", blocking)}）", StatusCodes.Status400BadRequest);
        }

        var changes = new List<string>();
        void Note(string field, string? before, string? after)
        {
            if ((before ?? "") != (after ?? ""))
            {
                changes.Add($"{field}：{(string.IsNullOrEmpty(before) ? "（空）" : before)} → {after}");
            }
        }

        Note("用工方", Post.EmployerName, edited.EmployerName);
        Note("联系人", Post.ContactName, edited.ContactName);
        Note("说明", AddressMask.Text(Post.Description), AddressMask.Text(edited.Description));
        if (changes.Count > 0)
        {
            Db.InTransaction(() =>
            {
                Db.Jobs.Update(edited);
                Db.WriteAudit(Me.UserName, "修改招工信息", $"job:{id}", string.Join("；", changes));
                Db.Raise(new JobChanged(id, Published: false));
            });
        }

        Flash(changes.Count > 0 ? "已保存" : "没有修改");
        return RedirectToPage(new { id });
    }

    /// <summary>Closes the post at the employer's request (filled elsewhere, cancelled): no more pushes or take-ups.</summary>
    public IActionResult OnPostClose(int id, string? reason)
    {
        if (!Load(id))
        {
            return Outside();
        }

        if (!CanClose)
        {
            return Refuse("该信息已结束", StatusCodes.Status409Conflict);
        }

        if (string.IsNullOrWhiteSpace(reason) || !Confirmed)
        {
            return Refuse(string.IsNullOrWhiteSpace(reason) ? "请填写关闭原因" : ConfirmFirst, StatusCodes.Status400BadRequest);
        }

        var why = reason.Trim()[..Math.Min(reason.Trim().Length, 200)];
        Db.InTransaction(() =>
        {
            var current = Db.Jobs.FindById(id);
            Db.Jobs.Update(current with { Status = JobStatus.Closed, ClosedAt = Db.UtcNow });
            Db.WriteAudit(Me.UserName, "关闭招工信息", $"job:{id}", why);
            Db.Raise(new JobChanged(id, Published: false));
        });
        Flash($"招工信息 #{id} 已关闭");
        return RedirectToPage(new { id });
    }

    private IActionResult Refuse(string error, int status)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }

    private bool Load(int id)
    {
        var post = Db.Jobs.FindById(id);
        if (post is null || !Jurisdiction.Includes(MyStationIds, post.Collector.StationId))
        {
            return false;
        }

        Post = post;
        return true;
    }

    public sealed class PostEdit
    {
        [Required(ErrorMessage = "请填写用工方单位或姓名")]
        [StringLength(60)]
        public string? EmployerName { get; set; }

        [StringLength(30)]
        public string? ContactName { get; set; }

        [StringLength(500)]
        public string? Description { get; set; }
    }
}
