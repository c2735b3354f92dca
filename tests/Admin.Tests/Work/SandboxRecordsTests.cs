using ZeroWork.Admin.Figures;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Admin.Tests.Work;

/// <summary>Simulator users and their posts are staff testing the bot: they count toward no figure and appear in no register.</summary>
public sealed class SandboxRecordsTests
{
    [Fact]
    public async Task Simulator_users_and_posts_are_left_out_of_the_register_and_the_figures()
    {
        using var app = new AdminApp();
        var station = Seed.Township(app.Db, "gaoxin");
        Seed.Person(app.Db, station, "13812340001", name: "真实工人");
        var sandbox = Seed.Person(app.Db, station, Sandbox.SmsPrefix + "00010001", name: "模拟工人");
        Seed.Person(app.Db, station, "13812340002", name: "模拟老板", openId: Sandbox.OpenIdPrefix + "1_1", worker: false);
        var employer = Seed.Person(app.Db, station, "13812340003", name: "真实老板", worker: false);
        Seed.Post(app.Db, station, employer.Id, description: "真实招工");
        Seed.Post(app.Db, station, sandbox.Id, description: "模拟招工", flags: [Sandbox.PostFlag]);

        var (day, _) = MarketFigures.Starts(app.Time);
        var figures = MarketFigures.For(app.Db, null, day, DateTime.MaxValue, TimeSpan.FromHours(24));
        Assert.Equal(2, figures.Registrations);
        Assert.Equal(1, figures.Posts);
        Assert.Equal(2, MarketFigures.ByStation(app.Db, day, DateTime.MaxValue, TimeSpan.FromHours(24))[station].Registrations);
        var today = MarketFigures.Daily(app.Db, null, 1).Single();
        Assert.Equal((1, 2), (today.Posts, today.Registrations));

        using var admin = await app.SignInAsync();
        var list = await admin.GetStringAsync("/admin/people");
        Assert.Contains("真实工人", list, StringComparison.Ordinal);
        Assert.Contains("真实老板", list, StringComparison.Ordinal);
        Assert.DoesNotContain("模拟工人", list, StringComparison.Ordinal);
        Assert.DoesNotContain("模拟老板", list, StringComparison.Ordinal);
    }
}
