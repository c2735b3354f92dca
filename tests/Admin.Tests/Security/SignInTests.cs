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
    public async Task Repeated_wrong_passwords_slow_the_name_down_but_never_lock_it_and_unknown_names_get_the_same_answers()
    {
        using var app = new AdminApp();
        app.AddStaff("clerk", StaffRole.Station, station: "tw-fancheng-12");
        using var client = app.NewClient();

        async Task<(HttpStatusCode, string)> Try(string user, string password)
        {
            using var r = await client.LoginAsync(user, password);
            var body = await r.Content.ReadAsStringAsync();
            var error = System.Text.RegularExpressions.Regex.Match(body, "<p class=\"error\">([^<]*)</p>").Groups[1].Value;
            return (r.StatusCode, error);
        }

        var known = new List<(HttpStatusCode, string)>();
        var unknown = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 6; i++)
        {
            known.Add(await Try("clerk", "wrong-password-1"));
            unknown.Add(await Try("nobody-here", "wrong-password-1"));
        }

        // The sixth try of each came too soon after the fifth failure; real and made-up names are answered alike.
        Assert.Equal(known, unknown);
        Assert.All(known.Take(5), k => Assert.Equal((HttpStatusCode.Unauthorized, "用户名或密码错误"), k));
        Assert.Equal(HttpStatusCode.TooManyRequests, known[5].Item1);
        Assert.Contains("秒后再试", known[5].Item2, StringComparison.Ordinal);
        Assert.DoesNotContain("锁定", string.Join("", known.Select(k => k.Item2)), StringComparison.Ordinal);

        // A short wait, not fifteen minutes: the owner gets in with the right password.
        app.Time.Advance(TimeSpan.FromSeconds(3));
        using var owner = await client.LoginAsync("clerk", AdminApp.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
        Assert.Null(app.Db.Staff.FindOne(s => s.UserName == "clerk").LockedUntil);
    }

    [Fact]
    public async Task Guesses_at_admin_cost_its_owner_at_most_the_backoff_cap()
    {
        using var app = new AdminApp(new Dictionary<string, string?> { ["Admin:LoginPermitLimit"] = "1000" });
        using var attacker = app.NewClient();
        for (var i = 0; i < 30; i++)
        {
            using var r = await attacker.LoginAsync("admin", $"guess-{i}-x");
            app.Time.Advance(TimeSpan.FromSeconds(61));
        }

        app.Time.Advance(TimeSpan.FromSeconds(61));
        using var owner = await app.NewClient().LoginAsync("admin", AdminApp.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task Switching_accounts_many_times_is_not_stopped_by_the_sign_in_limit()
    {
        using var app = new AdminApp();
        app.AddStaff("county1", StaffRole.County, district: "xiangzhou");
        for (var i = 0; i < 12; i++)
        {
            using var client = await app.SignInAsync(i % 2 == 0 ? "admin" : "county1", i % 2 == 0 ? AdminApp.AdminPassword : AdminApp.StaffPassword);
            var page = await client.GetStringAsync("/admin/");
            using var bye = await client.PostAsync("/admin/account/logout", page, []);
            Assert.Equal(HttpStatusCode.Redirect, bye.StatusCode);
        }
    }

    [Fact]
    public async Task A_session_cookie_copied_before_sign_out_no_longer_works_after_it()
    {
        using var app = new AdminApp();
        var (owner, cookie) = await CaptureCookieAsync(app);
        using var _ = owner;
        using var thief = app.NewClient();
        using (var before = await SendWithCookieAsync(thief, cookie)) { Assert.Equal(HttpStatusCode.OK, before.StatusCode); }

        using var bye = await owner.PostAsync("/admin/account/logout", await owner.GetStringAsync("/admin/"), []);
        Assert.Equal(HttpStatusCode.Redirect, bye.StatusCode);

        using var after = await SendWithCookieAsync(thief, cookie);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/admin/account/login", after.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_its_session_ends()
    {
        using var app = new AdminApp();
        app.AddStaff("clerk", StaffRole.Station, station: "tw-fancheng-12");
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        using var admin = await app.SignInAsync();
        var id = app.Db.Staff.FindOne(s => s.UserName == "clerk").Id;
        using (var unconfirmed = await admin.SubmitAsync("/admin/staff", $"/admin/staff?handler=Disable&id={id}&disable=true", []))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        }

        using (var off = await admin.SubmitAsync("/admin/staff", $"/admin/staff?handler=Disable&id={id}&disable=true", new() { ["confirmed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        }

        Assert.Contains("已停用", await admin.GetStringAsync("/admin/staff"), StringComparison.Ordinal);
        using (var kicked = await clerk.GetAsync("/admin/")) { Assert.Equal(HttpStatusCode.Redirect, kicked.StatusCode); }
        using (var again = await app.NewClient().LoginAsync("clerk", AdminApp.StaffPassword)) { Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode); }
        using (var on = await admin.SubmitAsync("/admin/staff", $"/admin/staff?handler=Disable&id={id}&disable=false", [])) { Assert.Equal(HttpStatusCode.Redirect, on.StatusCode); }
        using var back = await app.NewClient().LoginAsync("clerk", AdminApp.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
    }

    private static async Task<(AdminClient Client, string Cookie)> CaptureCookieAsync(AdminApp app)
    {
        var client = app.NewClient();
        var login = await client.GetStringAsync("/admin/account/login");
        using var r = await client.PostAsync("/admin/account/login", login, new() { ["userName"] = "admin", ["password"] = AdminApp.AdminPassword });
        var cookie = r.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("zw.admin=", StringComparison.Ordinal)).Split(';')[0];
        return (client, cookie);
    }

    private static Task<HttpResponseMessage> SendWithCookieAsync(AdminClient client, string cookie)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/");
        request.Headers.Add("Cookie", cookie);
        return client.Http.SendAsync(request);
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
    [InlineData("Admin:MaxBackoffSeconds", "0")]
    [InlineData("Admin:UploadPath", "")]
    public void Invalid_admin_settings_stop_the_start(string key, string value)
    {
        using var app = new AdminApp(new Dictionary<string, string?> { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains(key.Split(':')[1], error.ToString(), StringComparison.Ordinal);
    }
}
