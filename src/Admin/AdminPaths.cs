namespace ZeroWork.Admin;

public static class AdminPaths
{
    public const string Root = "/admin";
    public const string Assets = "/admin/assets";
    public const string Login = "/admin/account/login";
    public const string ChangePassword = "/admin/account/password";
}
