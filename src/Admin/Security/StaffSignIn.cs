using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Storage;

namespace ZeroWork.Admin.Security;

/// <summary>Checks staff passwords (ASP.NET Core Identity's PBKDF2 hasher) and locks an account after repeated failures.</summary>
public sealed class StaffSignIn(MarketDb db, IPasswordHasher<StaffAccount> hasher, IOptions<AdminOptions> options)
{
    public SignInResult Check(string? userName, string? password)
    {
        var name = userName?.Trim() ?? "";
        if (name.Length == 0 || string.IsNullOrEmpty(password))
        {
            return SignInResult.Failed("请输入用户名和密码");
        }

        return db.InTransaction(() =>
        {
            var staff = db.Staff.FindOne(s => s.UserName == name);
            if (staff is null)
            {
                // Same answer as a wrong password, so names cannot be probed.
                hasher.VerifyHashedPassword(new StaffAccount(), DummyHash.Value, password);
                return SignInResult.Failed("用户名或密码错误");
            }

            var now = db.UtcNow;
            if (staff.LockedUntil is { } until && until > now)
            {
                return SignInResult.Failed($"账号已锁定，请于 {Market.Time.ChinaTime.Format(until)} 后再试或联系上级管理员解锁");
            }

            var verdict = hasher.VerifyHashedPassword(staff, staff.PasswordHash, password);
            if (verdict == PasswordVerificationResult.Failed)
            {
                var failed = staff.FailedLogins + 1;
                var locked = failed >= options.Value.MaxFailedLogins;
                db.Staff.Update(staff with
                {
                    FailedLogins = locked ? 0 : failed,
                    LockedUntil = locked ? now.AddMinutes(options.Value.LockoutMinutes) : staff.LockedUntil,
                });
                db.WriteAudit(name, locked ? "账号锁定" : "登录失败", $"staff:{staff.Id}", locked ? $"连续 {failed} 次密码错误" : null);
                return SignInResult.Failed(locked ? "密码错误次数过多，账号已锁定" : "用户名或密码错误");
            }

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

    public string Hash(StaffAccount staff, string password) => hasher.HashPassword(staff, password);

    public bool Verify(StaffAccount staff, string password) =>
        hasher.VerifyHashedPassword(staff, staff.PasswordHash, password) != PasswordVerificationResult.Failed;

    private static class DummyHash
    {
        public static readonly string Value = new PasswordHasher<StaffAccount>().HashPassword(new StaffAccount(), PasswordRules.Generate());
    }
}
