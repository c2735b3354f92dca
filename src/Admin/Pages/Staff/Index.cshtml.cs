using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Staff;

/// <summary>Accounts: the city manages all; a county the station staff of its stations. New and reset passwords are generated, shown once, and must be changed at first sign-in.</summary>
[Authorize(Policy = AdminPolicies.CountyOrCity)]
public sealed partial class IndexModel(IMarketStore db, StaffSignIn passwords) : AdminPageModel(db)
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public DateTime Now => Db.UtcNow;

    public string? NewPassword { get; private set; }

    public string? NewPasswordFor { get; private set; }

    public string? Error { get; private set; }

    /// <summary>What was typed into the new-account form, shown again after a refusal (the form has no password: one is generated).</summary>
    public string? TypedUserName { get; private set; }

    public string? TypedDisplayName { get; private set; }

    public StaffRole TypedRole { get; private set; } = StaffRole.Station;

    public string? TypedDistrict { get; private set; }

    public string? TypedStationId { get; private set; }

    public void OnGet() => Load();

    public IActionResult OnPostCreate(string? userName, string? displayName, StaffRole? role, string? district, string? stationId)
    {
        var name = userName?.Trim().ToLowerInvariant() ?? "";
        var account = new StaffAccount
        {
            UserName = name,
            DisplayName = displayName?.Trim() ?? "",
            Role = role ?? StaffRole.Station,
            District = role == StaffRole.County ? district : null,
            StationId = role == StaffRole.Station ? stationId : null,
            MustChangePassword = true,
            CreatedAt = Db.UtcNow,
        };
        Error = !UserNamePattern().IsMatch(name) ? "用户名须为 3-32 位小写字母、数字或 ._-"
            : account.DisplayName.Length is 0 or > 30 ? "请填写姓名"
            : role is null || !Enum.IsDefined(role.Value) ? "请选择角色"
            : account.Role == StaffRole.County && (district is null || !Districts.Names.ContainsKey(district)) ? "县级账号须选择区县"
            : account.Role == StaffRole.Station && !MyStations.Any(s => s.Id == stationId) ? "驿站账号须选择您管辖范围内的驿站"
            : !Me.CanManage(account, AllStations) ? "您不能创建此类账号"
            : Db.Staff.ByUserName(name) is not null ? "用户名已存在"
            : null;
        if (Error is not null)
        {
            (TypedUserName, TypedDisplayName, TypedRole, TypedDistrict, TypedStationId) = (userName?.Trim(), displayName?.Trim(), account.Role, district, stationId);
            Load();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var password = PasswordRules.Generate();
        Db.InTransaction(() =>
        {
            Db.Staff.Insert(account with { PasswordHash = passwords.Hash(account, password) });
            Db.WriteAudit(Me.UserName, "创建账号", $"staff:{name}", $"{RoleNames.Of(account.Role)} {account.District}{account.StationId}");
        });
        NewPassword = password;
        NewPasswordFor = name;
        Load();
        return Page();
    }

    public IActionResult OnPostReset(int id)
    {
        var account = Db.Staff.Find(id);
        if (account is null || !Me.CanManage(account, AllStations) || account.UserName == Me.UserName)
        {
            return NotFound();
        }

        var password = PasswordRules.Generate();
        var hash = passwords.Hash(account, password);
        Db.InTransaction(() =>
        {
            Db.Staff.Update((Db.Staff.Find(id) ?? account) with { PasswordHash = hash, MustChangePassword = true });
            Db.WriteAudit(Me.UserName, "重置密码", $"staff:{account.UserName}");
        });
        NewPassword = password;
        NewPasswordFor = account.UserName;
        Load();
        return Page();
    }

    /// <summary>Disables (staff who left) or re-enables an account; a disabled account's sessions end at once.</summary>
    public IActionResult OnPostDisable(int id, bool disable)
    {
        var account = Db.Staff.Find(id);
        if (account is null || !Me.CanManage(account, AllStations) || account.UserName == Me.UserName)
        {
            return NotFound();
        }

        if (disable && !Confirmed)
        {
            Error = ConfirmFirst;
            Load();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Db.InTransaction(() =>
        {
            Db.Staff.Update((Db.Staff.Find(id) ?? account) with { Disabled = disable });
            Db.WriteAudit(Me.UserName, disable ? "停用账号" : "启用账号", $"staff:{account.UserName}");
        });
        Flash(disable ? $"账号 {account.UserName} 已停用" : $"账号 {account.UserName} 已启用");
        return RedirectToPage();
    }

    public string StatusOf(StaffAccount account) =>
        account.Disabled ? "已停用" : StaffSignIn.IsDisabled(account, Db) ? "已停用（驿站已撤销）" : account.MustChangePassword ? "正常·待改密码" : "正常";

    private void Load() =>
        Accounts = [.. Db.Staff.All().Where(s => s.UserName == Me.UserName || Me.CanManage(s, AllStations)).OrderBy(s => s.Role).ThenBy(s => s.UserName, StringComparer.Ordinal)];

    [GeneratedRegex("^[a-z0-9._-]{3,32}$")]
    private static partial Regex UserNamePattern();
}
