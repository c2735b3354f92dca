using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Security;

public sealed record SignInResult(StaffAccount? Staff, string? Error)
{
    public static SignInResult Success(StaffAccount staff) => new(staff, null);

    public static SignInResult Failed(string error) => new(null, error);
}
