using Microsoft.AspNetCore.Identity;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Security;

/// <summary>Checks staff passwords (ASP.NET Core Identity's PBKDF2 hasher). Guessing is slowed by <see cref="LoginThrottle"/>, never by locking the account; a wrong password and an unknown name get the same answer.</summary>
public sealed class StaffSignIn(MarketDb db, IPasswordHasher<StaffAccount> hasher, LoginThrottle throttle)
{
    public const string WrongPassword = "用户名或密码错误";

    public SignInResult Check(string? userName, string? password, string? address = null)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length == 0 || string.IsNullOrEmpty(password))
        {
            return SignInResult.Failed("请输入用户名和密码");
        }

        if (throttle.Wait(address, name) is { } wait)
        {
            return SignInResult.TooSoon(wait);
        }

        var staff = db.Staff.FindOne(s => s.UserName == name);
        if (staff is null)
        {
            // Same work and same answer as a wrong password, so names cannot be probed.
            hasher.VerifyHashedPassword(new StaffAccount(), DummyHash.Value, password);
            throttle.Failed(address, name);
            return SignInResult.Failed(WrongPassword);
        }

        var verdict = hasher.VerifyHashedPassword(staff, staff.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            throttle.Failed(address, name);
            db.WriteAudit(name, "登录失败", $"staff:{staff.Id}");
            return SignInResult.Failed(WrongPassword);
        }

        // Only someone who knows the password learns the account is disabled.
        if (IsDisabled(staff, db))
        {
            db.WriteAudit(name, "停用账号尝试登录", $"staff:{staff.Id}");
            return SignInResult.Failed("账号已停用，请联系上级管理员");
        }

        throttle.Succeeded(name);
        return db.InTransaction(() =>
        {
            var updated = staff with
            {
                FailedLogins = 0,
                LockedUntil = null,
                PasswordHash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(staff, password) : staff.PasswordHash,
            };
            db.Staff.Update(updated);
            db.WriteAudit(name, "登录", $"staff:{staff.Id}");
            return SignInResult.Success(updated);
        });
    }

    /// <summary>Disabled by hand, or the station the account belongs to has been revoked (第十七条).</summary>
    public static bool IsDisabled(StaffAccount staff, MarketDb db) =>
        staff.Disabled || (staff.StationId is { } id && db.Stations.FindById(id) is { State: StationState.Revoked or StationState.RevocationApproved });

    public string Hash(StaffAccount staff, string password) => hasher.HashPassword(staff, password);

    public bool Verify(StaffAccount staff, string password) =>
        hasher.VerifyHashedPassword(staff, staff.PasswordHash, password) != PasswordVerificationResult.Failed;

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<StaffAccount>().HashPassword(new StaffAccount(), PasswordRules.Generate());
    }
}
