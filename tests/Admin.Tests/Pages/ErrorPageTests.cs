using System.Net;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Pages;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task Missing_refused_and_throttled_requests_get_a_chinese_page_with_a_way_back()
    {
        using var app = new AdminApp(new Dictionary<string, string?> { ["Admin:LoginPermitLimit"] = "2" });
        app.AddStaff("clerk", StaffRole.Station, station: Seed.Township(app.Db, "xiangzhou"));
        using var clerk = await app.SignInAsync("clerk", AdminApp.StaffPassword);

        using var missing = await clerk.GetAsync("/admin/consultations/details/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Contains("页面或记录不存在", body, StringComparison.Ordinal);
        Assert.Contains("id=\"back\"", body, StringComparison.Ordinal);

        using var refused = await clerk.GetAsync("/admin/staff");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("没有权限", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var guesser = app.NewClient();
        var login = await guesser.GetStringAsync("/admin/account/login");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await guesser.PostAsync("/admin/account/login", login, new() { ["userName"] = $"x{i}", ["password"] = "y1234567890" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Contains("操作太频繁", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        last.Dispose();
    }
}
