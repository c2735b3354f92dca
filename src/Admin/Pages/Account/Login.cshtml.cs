using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ZeroWork.Admin.Security;

namespace ZeroWork.Admin.Pages.Account;

public sealed class LoginModel(StaffSignIn signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = signIn.Check(UserName, Password, HttpContext.Connection.RemoteIpAddress?.ToString());
        if (result.Staff is null)
        {
            Error = result.Error;
            Response.StatusCode = result.Throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(StaffClaims.Scheme, StaffClaims.For(result.Staff));
        if (result.Staff.MustChangePassword)
        {
            return LocalRedirect(AdminPaths.ChangePassword);
        }

        return LocalRedirect(IsAdminUrl(ReturnUrl) ? ReturnUrl! : AdminPaths.Root + "/");
    }

    /// <summary>Only back into the admin site: no open redirect.</summary>
    private bool IsAdminUrl(string? url) =>
        !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) && url.StartsWith(AdminPaths.Root + "/", StringComparison.OrdinalIgnoreCase);
}
