using Microsoft.Extensions.Time.Testing;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Admin.Tests.Vetting;

public sealed class PostVettingTests : IDisposable
{
    private readonly TestStore store = new(new FakeTimeProvider(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero)));

    private IMarketStore Db => store.Db;

    private static JobPost Post(string? description = "工地搬砖", decimal pay = 200, string unit = "day", string[]? skills = null, string? phone = "13800000000") => new()
    {
        Id = 999,
        Skills = skills ?? ["construction_helper"],
        PayMin = pay,
        PayMax = pay,
        PayUnit = unit,
        Description = description,
        ContactPhone = phone,
    };

    [Fact]
    public void An_ordinary_post_has_no_flags() => Assert.Empty(PostVetting.RiskFlags(Post(), Db));

    [Theory]
    [InlineData("需交押金200元")]
    [InlineData("上岗前收保证金")]
    [InlineData("先交培训费再上岗")]
    [InlineData("服装费自理")]
    [InlineData("入职须缴300元")]
    public void Fees_asked_of_workers_are_flagged(string text) =>
        Assert.Contains(PostVetting.RiskFlags(Post(text), Db), f => f.StartsWith("向求职者收取费用", StringComparison.Ordinal));

    [Theory]
    [InlineData("不收押金，日结")]
    [InlineData("无押金 包午饭")]
    [InlineData("免培训费")]
    public void Promises_of_no_fee_are_not_flagged(string text) => Assert.Empty(PostVetting.RiskFlags(Post(text), Db));

    [Fact]
    public void Scam_wording_is_flagged() =>
        Assert.Contains(PostVetting.RiskFlags(Post("在家刷单日结"), Db), f => f.StartsWith("疑似诈骗", StringComparison.Ordinal));

    [Theory]
    [InlineData(2000, "day", "construction_helper", true)]
    [InlineData(30, "day", "construction_helper", true)]
    [InlineData(1000, "day", "electrician", false)]
    [InlineData(1000, "day", "cleaner", true)]
    [InlineData(5, "hour", "cleaner", true)]
    [InlineData(25, "hour", "cleaner", false)]
    [InlineData(800, "month", "factory", true)]
    [InlineData(4500, "month", "factory", false)]
    [InlineData(50, "piece", "sewing", false)]
    public void Pay_far_outside_the_usual_range_for_the_work_is_flagged(decimal pay, string unit, string skill, bool flagged) =>
        Assert.Equal(flagged, PostVetting.RiskFlags(Post(pay: pay, unit: unit, skills: [skill]), Db).Any(f => f.Contains("偏离", StringComparison.Ordinal)));

    [Fact]
    public void Contacts_on_the_block_list_are_flagged_whether_phone_or_openid()
    {
        Db.Blocked.Insert(new BlockedContact { Address = "13800000000", Reason = "多次投诉" });
        Assert.Contains("联系电话在黑名单中", PostVetting.RiskFlags(Post(phone: "138-0000-0000"), Db));

        var id = Db.People.Insert(new Person { OpenId = "oWx_blocked_employer_01" });
        Db.Blocked.Insert(new BlockedContact { Address = "oWx_blocked_employer_01", Reason = "诈骗" });
        Assert.Contains("微信号在黑名单中", PostVetting.RiskFlags(Post(phone: null) with { EmployerId = id }, Db));
    }

    [Fact]
    public void The_same_text_posted_many_times_recently_is_flagged()
    {
        for (var i = 0; i < 3; i++)
        {
            Db.Jobs.Insert(Post("高薪急招 日结 联系我") with { Id = 0, CreatedAt = Db.UtcNow.AddDays(-i) });
        }

        Db.Jobs.Insert(Post("老帖子") with { Id = 0, CreatedAt = Db.UtcNow.AddDays(-60) });
        Assert.Contains(PostVetting.RiskFlags(Post("高薪急招 日结 联系我"), Db), f => f.StartsWith("相同内容重复发布", StringComparison.Ordinal));
        Assert.Empty(PostVetting.RiskFlags(Post("老帖子"), Db));
    }

    public void Dispose() => store.Dispose();
}
