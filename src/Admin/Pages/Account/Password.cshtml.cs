using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Account;

public sealed class PasswordModel(IMarketStore db, StaffSignIn passwords) : AdminPageModel(db)
{
    public bool MustChange => User.HasClaim(c => c.Type == StaffClaims.MustChangePassword);

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? current, string? next, string? confirm)
    {
        var staff = Db.Staff.ByUserName(Me.UserName);
        if (staff is null)
        {
            return Forbid();
        }

        Error = string.IsNullOrEmpty(current) || !passwords.Verify(staff, current) ? "当前密码不正确"
            : next != confirm ? "两次输入的新密码不一致"
            : next == current ? "新密码不能与当前密码相同"
            : PasswordRules.Check(next, staff.UserName);
        if (Error is not null)
        {
            return Page();
        }

        var hash = passwords.Hash(staff, next!);
        var updated = Db.InTransaction(() =>
        {
            var changed = (Db.Staff.Find(staff.Id) ?? staff) with { PasswordHash = hash, MustChangePassword = false };
            Db.Staff.Update(changed);
            Db.WriteAudit(Me.UserName, "修改密码", $"staff:{staff.Id}");
            return changed;
        });
        await HttpContext.SignInAsync(StaffClaims.Scheme, StaffClaims.For(updated));
        Flash("密码已修改");
        return LocalRedirect(AdminPaths.Root + "/");
    }
}
