using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Security;

public sealed class WebSecurityTests
{
    private const string Script = "<script>alert(1)</script>";

    [Fact]
    public async Task Admin_responses_carry_the_security_headers()
    {
        using var app = new AdminApp();
        using var client = app.NewClient();
        using var response = await client.GetAsync("/admin/account/login");
        var h = response.Headers;
        Assert.Contains("script-src 'self'", h.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", h.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", h.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", h.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", h.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", h.GetValues("Referrer-Policy").Single());
        var cookie = response.Headers.GetValues("Set-Cookie").FirstOrDefault(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.NotNull(cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_strict_and_scoped_to_admin()
    {
        using var app = new AdminApp();
        using var client = app.NewClient();
        using var response = await client.LoginAsync("admin", AdminApp.AdminPassword);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("zw.admin=", StringComparison.Ordinal));
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Stylesheet_and_script_are_served_locally_from_the_admin_assembly()
    {
        using var app = new AdminApp();
        using var client = app.NewClient();
        using var css = await client.GetAsync("/admin/assets/admin.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType!.MediaType);
        using var js = await client.GetAsync("/admin/assets/admin.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        var login = await client.GetStringAsync("/admin/account/login");
        Assert.DoesNotContain("http://", login.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", login, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", login, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", login, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/account/login", "/admin/account/login")]
    [InlineData("/admin/people/create", "/admin/people/create")]
    [InlineData("/admin/vetting/blocked", "/admin/vetting/blocked?handler=Add")]
    [InlineData("/admin/simulator", "/admin/simulator")]
    public async Task Posts_without_the_antiforgery_token_are_refused(string page, string action)
    {
        using var app = new AdminApp();
        using var client = await app.SignInAsync();
        _ = await client.GetStringAsync(page);
        using var response = await client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["address"] = "13800000000", ["reason"] = "x", ["userName"] = "admin", ["password"] = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(app.Db.Blocked.All());
    }

    [Fact]
    public async Task Markup_typed_into_forms_is_shown_encoded_everywhere_it_appears()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou");
        app.AddStaff("clerk", StaffRole.Station, station: station);
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);
        using var person = await clerk.SubmitAsync("/admin/people/create", "/admin/people/create", PostsAndPeopleForms.Worker("13811112222", name: "<b>x</b>" + Script[..20]));
        Assert.Equal(HttpStatusCode.Redirect, person.StatusCode);
        var post = PostsAndPeopleForms.Post("13811113333", description: Script + "\"><img src=x onerror=alert(2)>");
        post["Form.EmployerName"] = "<img src=x onerror=alert(3)>";
        using var job = await clerk.SubmitAsync("/admin/posts/create", "/admin/posts/create", post);
        Assert.Equal(HttpStatusCode.Redirect, job.StatusCode);

        foreach (var url in new[] { "/admin/people", "/admin/posts", "/admin/audit" })
        {
            var page = await clerk.GetStringAsync(url);
            Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>x</b>", page, StringComparison.Ordinal);
        }

        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", await clerk.GetStringAsync("/admin/people"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/people?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/admin/audit?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/admin/account/login?returnUrl=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/admin/stations?state=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/admin/assessments?year=%3Cscript%3E")]
    [InlineData("/admin/posts?status=1%27%20OR%201%3D1")]
    public async Task Query_parameters_are_encoded_or_ignored(string url)
    {
        using var app = new AdminApp();
        using var client = await app.SignInAsync();
        var page = await client.GetStringAsync(url);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"><script>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_never_redirects_outside_the_admin_site()
    {
        using var app = new AdminApp();
        using var client = app.NewClient();
        var page = await client.GetStringAsync("/admin/account/login?returnUrl=https%3A%2F%2Fevil.example%2F");
        using var response = await client.PostAsync("/admin/account/login?returnUrl=https%3A%2F%2Fevil.example%2F", page, new() { ["userName"] = "admin", ["password"] = AdminApp.AdminPassword, ["returnUrl"] = "//evil.example/" });
        Assert.Equal("/admin/", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_county_cannot_create_city_or_county_accounts_nor_station_accounts_outside_its_district()
    {
        using var app = new AdminApp();
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);
        async Task<HttpStatusCode> Create(string role, string? district, string? station)
        {
            var fields = new Dictionary<string, string> { ["userName"] = $"u{Guid.NewGuid():N}"[..12], ["displayName"] = "新人", ["role"] = role };
            if (district is not null)
            {
                fields["district"] = district;
            }

            if (station is not null)
            {
                fields["stationId"] = station;
            }

            using var r = await county.SubmitAsync("/admin/staff", "/admin/staff?handler=Create", fields);
            return r.StatusCode;
        }

        Assert.Equal(HttpStatusCode.BadRequest, await Create("City", null, null));
        Assert.Equal(HttpStatusCode.BadRequest, await Create("County", "xiangzhou", null));
        Assert.Equal(HttpStatusCode.BadRequest, await Create("Station", null, Seed.Township(app.Db, "fancheng")));
        Assert.Equal(HttpStatusCode.OK, await Create("Station", null, Seed.Township(app.Db, "xiangzhou")));
        var created = app.Db.Staff.All().First(s => s.Role == StaffRole.Station);
        Assert.True(created.MustChangePassword);
        Assert.Equal(2, app.Db.Staff.All().Count - 1);
    }
}
