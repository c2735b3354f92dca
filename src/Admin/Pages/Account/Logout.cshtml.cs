using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ZeroWork.Admin.Security;

namespace ZeroWork.Admin.Pages.Account;

public sealed class LogoutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(StaffClaims.Scheme);
        return LocalRedirect(AdminPaths.Login);
    }
}
