using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Tests.Common;

namespace ZeroWork.Server.Tests.Public;

/// <summary><c>/api/jobs</c> on the whole service: the issue's check on the demo market, refusals, paging, what never shows, CORS and the rate limit.</summary>
public sealed partial class PublicApiTests
{
    [Fact]
    public async Task On_the_demo_market_only_jobs_within_1500_m_come_nearest_first_with_a_navigation_link_and_no_phone()
    {
        using var factory = new ZeroWorkFactory(demo: true);
        using var client = factory.CreateClient();
        var near = PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 90, 900), ["porter"]);
        var nearer = PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 200, 400), ["cleaner"]);
        PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 0, 1600), ["porter"]);

        using var response = await client.GetAsync(new Uri("/api/jobs?lng=112.131&lat=32.079&radius_m=1500", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        var page = await PublicSite.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var jobs = page.GetProperty("jobs").EnumerateArray().ToList();
        var expected = factory.Db.Jobs.FindAll()
            .Where(j => j.IsOpen && j.Point is not null && GeoMath.DistanceMeters(PublicSite.Point, j.Point) <= 1500)
            .OrderBy(j => GeoMath.DistanceMeters(PublicSite.Point, j.Point!))
            .Select(j => j.Id);
        Assert.Equal(expected, jobs.Select(j => j.GetProperty("id").GetInt32()));
        Assert.Contains(near.Id, PublicSite.Ids(page));
        Assert.Contains(nearer.Id, PublicSite.Ids(page));
        Assert.True(jobs.Count >= 3, "the demo's 七里河 post and the two added");
        var distances = jobs.Select(j => j.GetProperty("distance_m").GetInt32()).ToList();
        Assert.Equal(distances.Order(), distances);
        foreach (var job in jobs)
        {
            var at = new GeoPoint(job.GetProperty("lng").GetDouble(), job.GetProperty("lat").GetDouble());
            Assert.InRange(GeoMath.DistanceMeters(PublicSite.Point, at), 0, 1500);
            Assert.StartsWith("https://uri.amap.com/marker?position=", job.GetProperty("nav_url").GetString(), StringComparison.Ordinal);
            Assert.True(job.GetProperty("headcount_left").GetInt32() > 0);
            foreach (var name in (string[])["id", "skills", "headcount_left", "pay_min", "pay_max", "pay_unit", "start", "place", "lng", "lat", "distance_m", "nav_url"])
            {
                Assert.True(job.TryGetProperty(name, out _), name);
            }
        }

        Assert.Equal(JsonNull, page.GetProperty("next").ValueKind);
        Assert.DoesNotMatch(Mobile(), body);
        Assert.DoesNotContain("电话", body, StringComparison.Ordinal);
        Assert.Contains("\"start\":\"2026-11-27T07:30:00+08:00\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lng=abc&lat=32.079", "lng/lat")]
    [InlineData("lng=112.131&lat=95", "lng/lat")]
    [InlineData("lng=32.079&lat=112.131", "lng/lat")]
    [InlineData("lng=116.397&lat=39.909", "襄阳")]
    [InlineData("lng=112.131", "一起")]
    [InlineData("lng=NaN&lat=32.079", "lng/lat")]
    [InlineData("lng=112.131&lat=32.079&coord=bd09", "coord")]
    [InlineData("lng=112.131&lat=32.079&radius_m=0", "radius_m")]
    [InlineData("lng=112.131&lat=32.079&radius_m=50001", "radius_m")]
    [InlineData("lng=112.131&lat=32.079&radius_m=1.5km", "radius_m")]
    [InlineData("lng=112.131&lat=32.079&page=0", "page")]
    [InlineData("lng=112.131&lat=32.079&at=%E4%B8%83%E9%87%8C%E6%B2%B3", "只能给一个")]
    [InlineData("at=%E7%81%AB%E6%98%9F", "没有找到地点")]
    [InlineData("skill=astronaut", "skill")]
    [InlineData("date=2026-13-01", "date")]
    [InlineData("pay_unit=week", "pay_unit")]
    [InlineData("station=nowhere", "驿站")]
    public async Task Bad_parameters_get_400_with_a_message_naming_them(string query, string named)
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/jobs?" + query, UriKind.Relative));
        var error = (await PublicSite.JsonAsync(response)).GetProperty("error").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_a_keyword_as_the_bot_reads_it_and_the_filters_narrow_the_answer()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        var qilihe = Gazetteer.Xiangyang.Find("七里河")!.Point;
        var porter = PublicSite.AddJob(factory, GeoOffset.Of(qilihe, 10, 300), ["porter"]);
        var cleaner = PublicSite.AddJob(factory, GeoOffset.Of(qilihe, 100, 200), ["cleaner"], j => j with { PayUnit = "hour", PayMin = 25, PayMax = 25 });
        var later = PublicSite.AddJob(factory, GeoOffset.Of(qilihe, 190, 600), ["porter"], j => j with { WorkDate = "2026-11-28" });

        var byPlace = await GetAsync(client, "/api/jobs?at=" + Uri.EscapeDataString("七里河"));
        var slang = await GetAsync(client, "/api/jobs?at=" + Uri.EscapeDataString("七里河") + "&q=" + Uri.EscapeDataString("扛大包"));
        var placeInWords = await GetAsync(client, "/api/jobs?q=" + Uri.EscapeDataString("七里河 保洁"));
        var byDay = await GetAsync(client, "/api/jobs?at=" + Uri.EscapeDataString("七里河") + "&date=2026-11-28");
        var byUnit = await GetAsync(client, "/api/jobs?at=" + Uri.EscapeDataString("七里河") + "&pay_unit=hour");
        var byTrade = await GetAsync(client, "/api/jobs?at=" + Uri.EscapeDataString("七里河") + "&skill=porter");

        Assert.Equal([cleaner.Id, porter.Id, later.Id], PublicSite.Ids(byPlace));
        Assert.Equal([porter.Id, later.Id], PublicSite.Ids(slang));
        Assert.Equal([cleaner.Id], PublicSite.Ids(placeInWords));
        Assert.Equal([later.Id], PublicSite.Ids(byDay));
        Assert.Equal([cleaner.Id], PublicSite.Ids(byUnit));
        Assert.Equal([porter.Id, later.Id], PublicSite.Ids(byTrade));
    }

    [Fact]
    public async Task Paging_walks_every_job_once_nearest_first_and_the_last_page_has_no_next()
    {
        using var factory = new ZeroWorkFactory().With("Public:PageSize", "10");
        using var client = factory.CreateClient();
        var added = Enumerable.Range(1, 25).Select(i => PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, i * 13, i * 50), ["porter"])).ToList();

        var seen = new List<int>();
        var next = "/api/jobs?lng=112.131&lat=32.079&radius_m=2000";
        var pages = 0;
        while (next is not null)
        {
            var page = await GetAsync(client, next);
            seen.AddRange(PublicSite.Ids(page));
            pages++;
            next = page.GetProperty("next").ValueKind == JsonNull ? null : new Uri(page.GetProperty("next").GetString()!).PathAndQuery;
            Assert.True(pages <= 3, "paging must end");
        }

        Assert.Equal(3, pages);
        Assert.Equal(added.Select(j => j.Id), seen);
    }

    [Fact]
    public async Task Full_closed_held_and_rejected_posts_never_show_and_a_post_that_fills_disappears()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        var open = PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 0, 100), ["porter"], j => j with { Headcount = 2, TakerIds = [77] });
        var full = PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 0, 200), ["porter"], j => j with { Status = JobStatus.Filled, Headcount = 1, TakerIds = [78] });
        PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 0, 300), ["porter"], j => j with { Status = JobStatus.Closed });
        PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 0, 400), ["porter"], j => j with { Status = JobStatus.PendingReview, RiskFlags = ["押金"] });
        PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 0, 500), ["porter"], j => j with { Status = JobStatus.Rejected });
        PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 0, 600), ["porter"], j => j with { Status = JobStatus.Expired });

        var page = await GetAsync(client, "/api/jobs?lng=112.131&lat=32.079");
        Assert.Equal([open.Id], PublicSite.Ids(page));
        Assert.Equal(1, page.GetProperty("jobs")[0].GetProperty("headcount_left").GetInt32());

        factory.Db.Jobs.Update(factory.Db.Jobs.FindById(open.Id) with { Status = JobStatus.Filled, TakerIds = [77, 79] });
        factory.Services.GetRequiredService<Matcher.Hosting.MatcherEventPump>().Handle(new Market.Events.JobChanged(open.Id, false));

        Assert.Empty(PublicSite.Ids(await GetAsync(client, "/api/jobs?lng=112.131&lat=32.079")));
        Assert.NotEqual(0, full.Id);
    }

    [Fact]
    public async Task A_browser_location_in_wgs84_is_converted_before_measuring()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        var job = PublicSite.AddJob(factory, PublicSite.Point, ["porter"]);

        // The WGS-84 point whose GCJ-02 is the job's point lies ~0.5 km away in raw degrees.
        var wgs = new GeoPoint(PublicSite.Point.Lng - (Gcj02.FromWgs84(PublicSite.Point.Lng, PublicSite.Point.Lat).Lng - PublicSite.Point.Lng), PublicSite.Point.Lat - (Gcj02.FromWgs84(PublicSite.Point.Lng, PublicSite.Point.Lat).Lat - PublicSite.Point.Lat));
        var query = string.Create(CultureInfo.InvariantCulture, $"/api/jobs?lng={wgs.Lng:0.######}&lat={wgs.Lat:0.######}");

        var raw = await GetAsync(client, query);
        var converted = await GetAsync(client, query + "&coord=wgs84");

        Assert.InRange(raw.GetProperty("jobs")[0].GetProperty("distance_m").GetInt32(), 400, 800);
        Assert.InRange(converted.GetProperty("jobs")[0].GetProperty("distance_m").GetInt32(), 0, 5);
        Assert.Equal(job.Id, converted.GetProperty("jobs")[0].GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task Cors_answers_only_the_configured_origins()
    {
        using var factory = new ZeroWorkFactory().With("Public:AllowedOrigins:0", "https://app.ixiangyang.cn");
        using var client = factory.CreateClient();

        var allowed = await WithOriginAsync(client, HttpMethod.Get, "https://app.ixiangyang.cn");
        var other = await WithOriginAsync(client, HttpMethod.Get, "https://evil.example");
        var preflight = await WithOriginAsync(client, HttpMethod.Options, "https://app.ixiangyang.cn");

        Assert.Equal("https://app.ixiangyang.cn", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("https://app.ixiangyang.cn", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public void A_bad_origin_setting_stops_the_start()
    {
        using var factory = new ZeroWorkFactory().With("Public:AllowedOrigins:0", "https://app.ixiangyang.cn/jobs/");

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("AllowedOrigins", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_over_its_limit_gets_429_in_chinese_with_retry_after_while_others_still_get_answers()
    {
        using var factory = new ZeroWorkFactory().With("Public:PermitLimit", "3").With("Public:WindowSeconds", "60");
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await client.GetAsync(new Uri("/api/jobs?at=" + Uri.EscapeDataString("七里河"), UriKind.Relative));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("请求太频繁", (await PublicSite.JsonAsync(last!)).GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(last!.Headers.RetryAfter is not null);
        last.Dispose();
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;

    private static async Task<System.Text.Json.JsonElement> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PublicSite.JsonAsync(response);
    }

    private static async Task<HttpResponseMessage> WithOriginAsync(HttpClient client, HttpMethod method, string origin)
    {
        using var request = new HttpRequestMessage(method, new Uri("/api/jobs?at=" + Uri.EscapeDataString("七里河"), UriKind.Relative));
        request.Headers.Add("Origin", origin);
        if (method == HttpMethod.Options)
        {
            request.Headers.Add("Access-Control-Request-Method", "GET");
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex(@"1[3-9]\d{9}")]
    private static partial Regex Mobile();
}
