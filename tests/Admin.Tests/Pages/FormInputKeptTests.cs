using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Pages;

/// <summary>A refused form comes back with what was typed in it, so staff fix one field instead of typing everything again.</summary>
public sealed class FormInputKeptTests
{
    [Fact]
    public async Task A_refused_new_account_keeps_the_user_name_name_role_and_station()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "xiangzhou", 1);
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);

        using var r = await county.SubmitAsync("/admin/staff", "/admin/staff?handler=Create", new()
        {
            ["userName"] = "Wang Gan",
            ["displayName"] = "王干事",
            ["role"] = "Station",
            ["stationId"] = station,
        });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var page = await r.Content.ReadAsStringAsync();
        Assert.Contains("用户名须为", page, StringComparison.Ordinal);
        Assert.Contains("name=\"userName\" maxlength=\"32\" required value=\"Wang Gan\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"王干事\"", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{station}\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Null(app.Db.Staff.ByUserName("wang gan"));

        var fresh = await county.GetStringAsync("/admin/staff");
        Assert.DoesNotContain("王干事", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_block_list_entry_keeps_the_number_and_reason()
    {
        using var app = new AdminApp();
        app.AddStaff("county-xz", StaffRole.County, district: "xiangzhou");
        using var county = await app.SignInAsync("county-xz", AdminApp.StaffPassword);

        using var r = await county.SubmitAsync("/admin/vetting/blocked", "/admin/vetting/blocked?handler=Add", new() { ["address"] = "139 2222 333", ["reason"] = "多次虚假招工" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var page = await r.Content.ReadAsStringAsync();
        Assert.Contains("value=\"139 2222 333\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"多次虚假招工\"", page, StringComparison.Ordinal);
        Assert.Empty(app.Db.Blocked.All());
    }
}
