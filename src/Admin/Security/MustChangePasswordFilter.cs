using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ZeroWork.Admin.Security;

/// <summary>A staff member with a generated password may do nothing but change it.</summary>
internal sealed class MustChangePasswordFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (user.HasClaim(c => c.Type == StaffClaims.MustChangePassword) && page is not ("/Account/Password" or "/Account/Logout" or "/Account/Login"))
        {
            context.Result = new RedirectResult(AdminPaths.ChangePassword);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
