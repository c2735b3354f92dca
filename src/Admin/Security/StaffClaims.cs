using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Security;

/// <summary>The claims a signed-in staff member carries; <see cref="Stamp"/> changes with the password so old cookies stop working.</summary>
public static class StaffClaims
{
    public const string Scheme = "ZeroWorkAdmin";
    public const string Id = "zw:staff";
    public const string District = "zw:district";
    public const string Station = "zw:station";
    public const string Stamp = "zw:stamp";
    public const string MustChangePassword = "zw:must-change";

    public static ClaimsPrincipal For(StaffAccount staff)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, staff.UserName),
            new(ClaimTypes.GivenName, staff.DisplayName),
            new(ClaimTypes.Role, staff.Role.ToString()),
            new(Id, staff.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(Stamp, StampOf(staff)),
        };
        if (staff.District is { } district)
        {
            claims.Add(new Claim(District, district));
        }

        if (staff.StationId is { } station)
        {
            claims.Add(new Claim(Station, station));
        }

        if (staff.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "1"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    /// <summary>A short digest of what must invalidate a session: the password hash, the role and the place, disabling, and every sign-out (the epoch).</summary>
    public static string StampOf(StaffAccount staff)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{staff.PasswordHash}|{staff.Role}|{staff.District}|{staff.StationId}|{staff.MustChangePassword}|{staff.Disabled}|{staff.SessionEpoch}"));
        return Convert.ToHexString(bytes, 0, 12);
    }
}
