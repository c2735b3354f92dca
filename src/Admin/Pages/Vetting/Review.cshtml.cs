using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Vetting;

/// <summary>Approve (publish, so the Matcher pushes it) or reject (with a reason the employer is told) one held post. The reviewer may correct the description (a fee demand must go before the post does) and may reveal the contact number to call the employer, audited.</summary>
public sealed class ReviewModel(MarketDb db) : AdminPageModel(db)
{
    public const int MaxDescription = 500;

    public JobPost Post { get; private set; } = new();

    public string? Error { get; private set; }

    public bool PhoneRevealed { get; private set; }

    public IActionResult OnGet(int id)
    {
        PhoneRevealed = Revealed("job") == id;
        return Load(id) ? Page() : Outside();
    }

    public IActionResult OnPostReveal(int id) =>
        Load(id) ? Reveal("job", id, PhoneMask.Mask(Post.ContactPhone), Url.Page("Review", new { id })!) : Outside();

    public IActionResult OnPostApprove(int id, string? note, string? description)
    {
        var text = description?.Trim();
        if (text is { Length: > MaxDescription })
        {
            return Refuse(id, $"说明不超过 {MaxDescription} 字", StatusCodes.Status400BadRequest);
        }

        return Decide(id, approve: true, note, string.IsNullOrEmpty(text) ? null : text);
    }

    public IActionResult OnPostReject(int id, string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Refuse(id, "请填写不通过的原因，系统会告知用工方", StatusCodes.Status400BadRequest) : Decide(id, approve: false, reason, null);

    /// <summary>One line for the employer: what and when.</summary>
    public static string Summary(JobPost post) =>
        $"「{post.WorkDate} {SkillNames.Of(post.Skills)}{post.Headcount}人」";

    private IActionResult Decide(int id, bool approve, string? text, string? description)
    {
        if (!Load(id))
        {
            return Outside();
        }

        if (!Confirmed)
        {
            return Refuse(id, ConfirmFirst, StatusCodes.Status400BadRequest);
        }

        var note = string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 200)];
        var refusal = Db.InTransaction(() => PostDecision.Decide(Db, id, Me.UserName, approve, note, description));
        if (refusal is not null)
        {
            return Refuse(id, refusal, StatusCodes.Status409Conflict);
        }

        Flash(approve ? $"招工信息 #{id} 已发布" : $"招工信息 #{id} 已驳回，已通知用工方");
        return RedirectToPage("Index");
    }

    private IActionResult Refuse(int id, string error, int status)
    {
        if (!Load(id))
        {
            return Outside();
        }

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
}
