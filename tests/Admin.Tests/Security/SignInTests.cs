using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Security;

public sealed class SignInTests
{
    [Fact]
    public async Task Bootstrap_admin_signs_in_with_the_configured_password_and_sees_the_dashboard()
    {
        using var app = new AdminApp();
        using var client = await app.SignInAsync();
        var page = await client.GetStringAsync("/admin/");
        Assert.Contains("工作概览", page, StringComparison.Ordinal);
        var admin = app.Db.Staff.FindOne(s => s.UserName == "admin");
        Assert.Equal(StaffRole.City, admin.Role);
        Assert.DoesNotContain(AdminApp.AdminPassword, admin.PasswordHash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", admin.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_the_login_page()
    {
        using var app = new AdminApp();
        using var client = app.NewClient();
        using var response = await client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/admin/account/login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_password_is_refused_and_repeated_failures_lock_the_account()
    {
        using var app = new AdminApp();
        app.AddStaff("clerk", StaffRole.Station, station: "tw-fancheng-12");
        using var client = app.NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var r = await client.LoginAsync("clerk", "wrong-password-1");
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        }

        using var locked = await client.LoginAsync("clerk", AdminApp.StaffPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("锁定", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(16));
        using var after = await client.LoginAsync("clerk", AdminApp.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains(app.Db.Audit.FindAll(), a => a.Action == "账号锁定" && a.Actor == "clerk");
    }

    [Fact]
    public async Task Login_posts_beyond_the_limit_are_rejected_with_429()
    {
        using var app = new AdminApp(new Dictionary<string, string?> { ["Admin:LoginPermitLimit"] = "4" });
        using var client = app.NewClient();
        var page = await client.GetStringAsync("/admin/account/login");
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            using var r = await client.PostAsync("/admin/account/login", page, new() { ["userName"] = $"guess{i}", ["password"] = "x1234567890" });
            codes.Add(r.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
    }

    [Fact]
    public async Task Sign_out_ends_the_session()
    {
        using var app = new AdminApp();
        using var client = await app.SignInAsync();
        var page = await client.GetStringAsync("/admin/");
        using var r = await client.PostAsync("/admin/account/logout", page, []);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        using var after = await client.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Password_change_needs_the_current_password_and_invalidates_other_sessions()
    {
        using var app = new AdminApp();
        app.AddStaff("county1", StaffRole.County, district: "xiangzhou");
        using var first = await app.SignInAsync("county1", AdminApp.StaffPassword);
        using var second = await app.SignInAsync("county1", AdminApp.StaffPassword);

        using var wrong = await first.SubmitAsync("/admin/account/password", "/admin/account/password", new() { ["current"] = "nope-123456", ["next"] = "NewPass-2026x", ["confirm"] = "NewPass-2026x" });
        Assert.Contains("当前密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var ok = await first.SubmitAsync("/admin/account/password", "/admin/account/password", new() { ["current"] = AdminApp.StaffPassword, ["next"] = "NewPass-2026x", ["confirm"] = "NewPass-2026x" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        using var stillIn = await first.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        using var kicked = await second.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.Redirect, kicked.StatusCode);
        using var relogin = await app.NewClient().LoginAsync("county1", "NewPass-2026x");
        Assert.Equal(HttpStatusCode.Redirect, relogin.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_password_one_is_generated_printed_once_and_must_be_changed()
    {
        var console = new StringWriter();
        var original = Console.Out;
        Console.SetOut(console);
        string printed;
        try
        {
            using var app = new AdminApp(new Dictionary<string, string?> { ["Admin:BootstrapPassword"] = "" });
            _ = app.Services;
            printed = console.ToString();
            var password = System.Text.RegularExpressions.Regex.Match(printed, "初始密码[^：]*：(\\S+)").Groups[1].Value;
            Assert.Equal(16, password.Length);
            Assert.DoesNotContain(password, app.Db.Staff.FindOne(s => s.UserName == "admin").PasswordHash, StringComparison.Ordinal);
            Assert.DoesNotContain(app.Db.Audit.FindAll(), a => (a.Detail ?? "").Contains(password, StringComparison.Ordinal));

            using var client = app.NewClient();
            using var login = await client.LoginAsync("admin", password);
            Assert.Equal("/admin/account/password", login.Headers.Location!.ToString());
            using var blocked = await client.GetAsync("/admin/audit");
            Assert.Equal("/admin/account/password", blocked.Headers.Location!.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(printed, "初始密码"));
    }

    [Theory]
    [InlineData("Admin:BootstrapPassword", "short1")]
    [InlineData("Admin:MaxFailedLogins", "0")]
    [InlineData("Admin:UploadPath", "")]
    public void Invalid_admin_settings_stop_the_start(string key, string value)
    {
        using var app = new AdminApp(new Dictionary<string, string?> { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains(key.Split(':')[1], error.ToString(), StringComparison.Ordinal);
    }
}
