using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Security;

public sealed record SignInResult(StaffAccount? Staff, string? Error, bool Throttled = false)
{
    public static SignInResult Success(StaffAccount staff) => new(staff, null);

    public static SignInResult Failed(string error) => new(null, error);

    public static SignInResult TooSoon(TimeSpan wait) => new(null, $"尝试过于频繁，请 {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} 秒后再试", Throttled: true);
}
