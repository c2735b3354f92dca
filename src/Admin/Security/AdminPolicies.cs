using Microsoft.AspNetCore.Authorization;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Security;

/// <summary>Who may open which page; the record-level check (jurisdiction) happens in each page's query.</summary>
public static class AdminPolicies
{
    public const string Staff = "admin-staff";
    public const string CountyOrCity = "admin-county";
    public const string City = "admin-city";
    public const string LoginLimiter = "admin-login";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.AddAuthenticationSchemes(StaffClaims.Scheme).RequireAuthenticatedUser());
        options.AddPolicy(CountyOrCity, p => p.AddAuthenticationSchemes(StaffClaims.Scheme).RequireRole(nameof(StaffRole.City), nameof(StaffRole.County)));
        options.AddPolicy(City, p => p.AddAuthenticationSchemes(StaffClaims.Scheme).RequireRole(nameof(StaffRole.City)));
    }
}
