using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Vetting;

/// <summary>Block list management (county and city): phones or openids whose posts always wait for review.</summary>
[Authorize(Policy = AdminPolicies.CountyOrCity)]
public sealed partial class BlockedModel(IMarketStore db) : AdminPageModel(db)
{
    public IReadOnlyList<BlockedContact> Entries { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>What was typed, shown again after a refusal.</summary>
    public string? TypedAddress { get; private set; }

    public string? TypedReason { get; private set; }

    public void OnGet() => Entries = [.. Db.Blocked.All().OrderByDescending(b => b.AddedAt)];

    public IActionResult OnPostAdd(string? address, string? reason)
    {
        var raw = (address ?? "").Trim();
        var digits = new string([.. raw.Where(char.IsAsciiDigit)]);
        var normalised = Phone().IsMatch(raw.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)) ? digits : raw;
        if (!(Phone().IsMatch(normalised) || OpenId().IsMatch(normalised)) || string.IsNullOrWhiteSpace(reason))
        {
            OnGet();
            (TypedAddress, TypedReason) = (raw, reason?.Trim());
            Error = "请填写正确的手机号（或微信 openid）和原因";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Db.InTransaction(() =>
        {
            if (!Db.Blocked.IsBlocked(normalised))
            {
                Db.Blocked.Insert(new BlockedContact { Address = normalised, Reason = reason.Trim(), AddedBy = Me.UserName, AddedAt = Db.UtcNow });
                Db.WriteAudit(Me.UserName, "加入黑名单", $"blocked:{PhoneMask.Mask(normalised)}", reason.Trim());
            }
        });
        Flash("已加入黑名单");
        return RedirectToPage();
    }

    public IActionResult OnPostRemove(int id)
    {
        var entry = Db.Blocked.Find(id);
        if (entry is null)
        {
            return NotFound();
        }

        Db.InTransaction(() =>
        {
            Db.Blocked.Delete(id);
            Db.WriteAudit(Me.UserName, "移出黑名单", $"blocked:{PhoneMask.Mask(entry.Address)}", entry.Reason);
        });
        Flash("已移出黑名单");
        return RedirectToPage();
    }

    [GeneratedRegex("^(1\\d{10}|0\\d{9,11})$")]
    private static partial Regex Phone();

    [GeneratedRegex("^[A-Za-z0-9_-]{16,64}$")]
    private static partial Regex OpenId();
}
