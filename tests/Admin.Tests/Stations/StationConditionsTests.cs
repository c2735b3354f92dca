using ZeroWork.Admin.Pages.Stations;
using ZeroWork.Market.Seeding;
using ZeroWork.Market.Stations;
using ZeroWork.Tests.Common.Storage;

namespace ZeroWork.Admin.Tests.Stations;

public sealed class StationConditionsTests
{
    private static IReadOnlyList<Station> SeededTownships()
    {
        using var store = new TestStore();
        StoreInitializer.Seed(store.Db, demo: false);
        return [.. store.Db.Stations.All().Where(s => s.Level == StationLevel.Township)];
    }

    [Fact]
    public void Every_seeded_township_station_meets_every_condition()
    {
        var townships = SeededTownships();
        Assert.NotEmpty(townships);
        Assert.All(townships, s =>
        {
            var unmet = StationConditions.Check(s).Where(c => !c.Met).Select(c => c.Condition);
            Assert.True(!unmet.Any(), $"{s.Name}: {string.Join("；", unmet)}");
        });
    }

    [Theory]
    [InlineData("信息登记")]
    [InlineData("信息发布")]
    [InlineData("政策咨询")]
    public void A_station_that_really_lacks_a_required_service_still_fails(string service)
    {
        var station = SeededTownships()[0];
        var without = station with { Services = [.. station.Services.Where(s => StationServices.Canonical(s) != service)] };
        Assert.False(StationConditions.AllMet(without));
        Assert.False(StationConditions.Check(without)[^1].Met);
    }

    [Fact]
    public void The_measures_own_wording_for_a_service_counts_but_a_mere_mention_does_not()
    {
        var station = SeededTownships()[0];
        // 第九条 itself says 求职登记 and 就业政策咨询 for what 第八条 calls 信息登记 and 政策咨询.
        Assert.True(StationConditions.AllMet(station with { Services = ["求职登记", "信息发布", "就业政策咨询"] }));
        Assert.False(StationConditions.AllMet(station with { Services = ["求职登记", "不含信息发布", "就业政策咨询"] }));
        Assert.False(StationConditions.AllMet(station with { Services = ["求职登记", "岗位推送", "就业政策咨询"] }));
    }

    [Fact]
    public void The_application_form_offers_the_services_in_the_measures_words()
    {
        Assert.All(StationConditions.RequiredServices, r => Assert.Contains(r, ApplyModel.ServiceChoices));
        Assert.All(ApplyModel.ServiceChoices, c => Assert.Equal(c, StationServices.Canonical(c)));
    }
}
