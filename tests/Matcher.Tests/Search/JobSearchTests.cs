using ZeroWork.Market.Matching;
using ZeroWork.Matcher.Tests.Support;

namespace ZeroWork.Matcher.Tests.Search;

public sealed class JobSearchTests
{
    [Fact]
    public void Nearest_first_from_the_askers_point_with_skill_codes()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var far = m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 0, 5000), ["cleaner"]);
        var near = m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 0, 300), ["cleaner"]);
        var middle = m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 180, 1200), ["cleaner", "housekeeper"]);
        m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 0, 100), ["welder"]);

        var hits = m.Search.Search(new JobQuery(Geo.Fancheng, ["cleaner"], null, 10));

        Assert.Equal([near.Id, middle.Id, far.Id], hits.Select(h => h.Job.Id));
        Assert.InRange(hits[0].DistanceMeters!.Value, 299, 301);
    }

    [Fact]
    public void Free_text_matches_place_description_employer_and_the_chinese_name_of_the_work()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var byPlace = m.AddJob(employer.Id, Geo.Fancheng, ["porter"], j => j with { PlaceText = "长虹路物流园" });
        var byDescription = m.AddJob(employer.Id, Geo.Fancheng, ["cleaner"], j => j with { Description = "新房开荒保洁，自带工具" });
        var byKind = m.AddJob(employer.Id, Geo.Fancheng, ["bricklayer"]);

        Assert.Equal([byPlace.Id], m.Search.Search(new JobQuery(null, [], "物流园", 5)).Select(h => h.Job.Id));
        Assert.Equal([byDescription.Id], m.Search.Search(new JobQuery(null, [], "开荒", 5)).Select(h => h.Job.Id));
        Assert.Equal([byKind.Id], m.Search.Search(new JobQuery(null, [], "瓦工", 5)).Select(h => h.Job.Id));
        Assert.Equal(3, m.Search.Search(new JobQuery(null, [], "李记", 5)).Count);
        Assert.Empty(m.Search.Search(new JobQuery(null, [], "电焊 物流园", 5)));
    }

    [Fact]
    public void Without_a_point_newest_first_and_the_limit_holds_and_closed_posts_are_not_found()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var jobs = Enumerable.Range(0, 4).Select(i =>
        {
            m.Time.Advance(TimeSpan.FromMinutes(1));
            return m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 0, i * 100), ["porter"]);
        }).ToList();
        m.TakeUp.Close(employer.Id, jobs[3].Id);
        m.Indexes.RefreshJob(jobs[3].Id);

        var hits = m.Search.Search(new JobQuery(null, ["porter"], null, 2));

        Assert.Equal([jobs[2].Id, jobs[1].Id], hits.Select(h => h.Job.Id));
        Assert.All(hits, h => Assert.Null(h.DistanceMeters));
    }

    [Fact]
    public void A_named_place_in_the_words_is_where_to_search_from()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var zaoyang = new Market.Geography.GeoPoint(112.771, 32.129);
        var inZaoyang = m.AddJob(employer.Id, zaoyang, ["porter"], j => j with { District = "zaoyang", PlaceText = "枣阳火车站" });
        var inFancheng = m.AddJob(employer.Id, Geo.Fancheng, ["porter"]);

        var hits = m.Search.Search(new JobQuery(null, ["porter"], "枣阳", 5));

        Assert.Equal([inZaoyang.Id, inFancheng.Id], hits.Select(h => h.Job.Id));
        Assert.True(hits[0].DistanceMeters < 100);
    }

    [Fact]
    public void A_radius_keeps_only_jobs_within_it_nearest_first_the_same_as_measuring_every_post()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var random = new Random(3);
        var jobs = Enumerable.Range(0, 200).Select(_ => m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, random.Next(0, 360), random.Next(0, 6000)), ["porter"])).ToList();

        var hits = m.Search.Search(new JobQuery(Geo.Fancheng, [], null, 500) { RadiusMeters = 1500 });

        var expected = jobs
            .Select(j => (j.Id, Distance: Market.Geography.GeoMath.DistanceMeters(Geo.Fancheng, j.Point!)))
            .Where(j => j.Distance <= 1500)
            .OrderBy(j => j.Distance)
            .Select(j => j.Id);
        Assert.Equal(expected, hits.Select(h => h.Job.Id));
        Assert.NotEmpty(hits);
    }

    [Fact]
    public void Skip_and_limit_page_through_the_same_order_and_day_and_pay_unit_filter()
    {
        using var m = new TestMarket();
        var employer = m.AddEmployer();
        var jobs = Enumerable.Range(1, 7).Select(i => m.AddJob(employer.Id, Geo.Offset(Geo.Fancheng, 90, i * 100), ["porter"], j => j with
        {
            WorkDate = i % 2 == 0 ? "2026-11-27" : j.WorkDate,
            PayUnit = i == 3 ? "hour" : j.PayUnit,
        })).ToList();

        var first = m.Search.Search(new JobQuery(Geo.Fancheng, [], null, 3));
        var second = m.Search.Search(new JobQuery(Geo.Fancheng, [], null, 3) { Skip = 3 });
        var last = m.Search.Search(new JobQuery(Geo.Fancheng, [], null, 3) { Skip = 6 });
        var tomorrow = m.Search.Search(new JobQuery(Geo.Fancheng, [], null, 10) { WorkDate = "2026-11-27" });
        var hourly = m.Search.Search(new JobQuery(Geo.Fancheng, [], null, 10) { PayUnit = "hour" });

        Assert.Equal(jobs.Select(j => j.Id), first.Concat(second).Concat(last).Select(h => h.Job.Id));
        Assert.Equal([jobs[1].Id, jobs[3].Id, jobs[5].Id], tomorrow.Select(h => h.Job.Id));
        Assert.Equal([jobs[2].Id], hourly.Select(h => h.Job.Id));
    }
}
