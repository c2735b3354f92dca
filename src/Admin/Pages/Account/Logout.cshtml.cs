using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ZeroWork.Admin.Security;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Pages.Account;

/// <summary>Signs out for real: the account's session epoch moves on, so this cookie (or a copy of it) no longer opens any page, on any device.</summary>
public sealed class LogoutModel(MarketDb db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (int.TryParse(User.FindFirst(StaffClaims.Id)?.Value, out var id))
        {
            await db.InTransactionAsync(() =>
            {
                if (db.Staff.FindById(id) is { } staff)
                {
                    db.Staff.Update(staff with { SessionEpoch = staff.SessionEpoch + 1 });
                    db.WriteAudit(staff.UserName, "退出登录", $"staff:{staff.Id}");
                }

                return true;
            });
        }

        await HttpContext.SignOutAsync(StaffClaims.Scheme);
        return LocalRedirect(AdminPaths.Login);
    }
}
