using System.Net;
using System.Text.RegularExpressions;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Stations;
using ZeroWork.Tests.Common;

namespace ZeroWork.Server.Tests.Public;

/// <summary>The public pages as HTML, without a browser: what each shows, what it never shows, and how it refuses.</summary>
public sealed partial class PublicPagesTests
{
    [Fact]
    public async Task The_list_shows_trade_headcount_left_pay_time_place_distance_navigation_and_how_to_take_it_but_no_phone()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        var job = PublicSite.AddJob(factory, GeoOffset.Of(PublicSite.Point, 45, 800), ["bricklayer"], j => j with { Headcount = 3, TakerIds = [5] });

        var (status, html) = await GetAsync(client, "/jobs?lng=112.131&lat=32.079");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("瓦工", html, StringComparison.Ordinal);
        Assert.Contains("还要 2 人", html, StringComparison.Ordinal);
        Assert.Contains("一天200元", html, StringComparison.Ordinal);
        Assert.Contains("明天7:30", html, StringComparison.Ordinal);
        Assert.Contains("七里河路口", html, StringComparison.Ordinal);
        Assert.Contains("距您的位置800米", html, StringComparison.Ordinal);
        Assert.Contains("https://uri.amap.com/marker?position=", html, StringComparison.Ordinal);
        Assert.Contains("https://apis.map.qq.com/uri/v1/marker?", html, StringComparison.Ordinal);
        Assert.Contains("coord_type=gcj02", html, StringComparison.Ordinal);
        Assert.Contains($"编号 {job.Id}", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:0710-12333\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(Mobile(), html);
    }

    [Fact]
    public async Task A_job_page_is_shareable_and_hides_numbers_typed_into_the_post_and_a_full_or_held_job_is_gone()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        var open = PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Description = "卸水泥，管午饭，联系 139-0710-1234 或 0710-3456789" });
        var held = PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.PendingReview });
        var full = PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.Filled, Headcount = 1, TakerIds = [9] });

        var (status, html) = await GetAsync(client, $"/jobs/{open.Id}");
        var (heldStatus, heldHtml) = await GetAsync(client, $"/jobs/{held.Id}");
        var (fullStatus, _) = await GetAsync(client, $"/jobs/{full.Id}");
        var (unknownStatus, _) = await GetAsync(client, "/jobs/99999");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("卸水泥，管午饭", html, StringComparison.Ordinal);
        Assert.Contains("高德导航", html, StringComparison.Ordinal);
        Assert.Contains("高新区零工市场分站", html, StringComparison.Ordinal);
        Assert.Contains("接1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", html, StringComparison.Ordinal);
        Assert.DoesNotContain("3456789", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, heldStatus);
        Assert.Contains("这条活已经没有了", heldHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("七里河路口", heldHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, fullStatus);
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
    }

    [Fact]
    public async Task Stations_lists_every_open_station_with_level_address_hotline_hours_conveniences_and_navigation()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();
        var revoked = factory.Db.Stations.FindById("tw-gaoxin-21") ?? factory.Db.Stations.FindOne(s => s.Level == StationLevel.Township);
        factory.Db.Stations.Update(revoked with { State = StationState.Revoked });

        var (status, html) = await GetAsync(client, "/stations");

        var open = factory.Db.Stations.Find(s => s.State == StationState.Operating || s.State == StationState.Rectifying).ToList();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(open.Count, Regex.Count(html, "<article class=\"station\">"));
        Assert.DoesNotContain(">" + revoked.Name + " <", html, StringComparison.Ordinal);
        foreach (var station in open)
        {
            Assert.Contains(station.Name, html, StringComparison.Ordinal);
        }

        Assert.Contains("市总站", html, StringComparison.Ordinal);
        Assert.Contains("县区分站", html, StringComparison.Ordinal);
        Assert.Contains("乡镇驿站", html, StringComparison.Ordinal);
        Assert.Contains("周一至周日 6:30-18:00", html, StringComparison.Ordinal);
        foreach (var comfort in (string[])["候工休息", "饮水", "急救箱", "WiFi"])
        {
            Assert.Contains($"<span>{comfort}</span>", html, StringComparison.Ordinal);
        }

        Assert.Equal(open.Count(s => s.Point is not null), Regex.Count(html, "高德导航"));
        Assert.DoesNotMatch(Mobile(), html);
    }

    [Fact]
    public async Task Stations_sort_nearest_first_from_a_place()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();

        var (_, html) = await GetAsync(client, "/stations?at=" + Uri.EscapeDataString("太平店"));

        var first = Regex.Match(html, "<article class=\"station\"><h2>([^<]+) <").Groups[1].Value;
        Assert.Contains("太平店", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_typed_into_the_page_are_encoded_and_a_bad_place_gets_a_message_not_a_crash()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();

        var (status, html) = await GetAsync(client, "/jobs?q=" + Uri.EscapeDataString("<script>alert(1)</script>"));
        var (badStatus, badHtml) = await GetAsync(client, "/jobs?at=" + Uri.EscapeDataString("<b>火星</b>"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("没有找到地点", badHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>火星", badHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_link_only_local_assets_under_a_strict_policy_and_allow_location_for_themselves()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient();

        using var page = await client.GetAsync(new Uri("/jobs", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        using var css = await client.GetAsync(new Uri("/static/public.css", UriKind.Relative));
        using var js = await client.GetAsync(new Uri("/static/locate.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("coord", await js.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("geolocation=(self)", page.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
        foreach (Match m in Regex.Matches(html, "(?:src|href)=\"([^\"]+)\""))
        {
            var target = m.Groups[1].Value;
            Assert.True(target.StartsWith('/') || target.StartsWith("https://uri.amap.com", StringComparison.Ordinal) || target.StartsWith("tel:", StringComparison.Ordinal), target);
        }
    }

    [Fact]
    public async Task The_short_link_never_reveals_where_a_held_rejected_or_untaken_closed_post_is()
    {
        using var factory = new ZeroWorkFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var open = PublicSite.AddJob(factory, PublicSite.Point, ["porter"]);
        var filled = PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.Filled, Headcount = 1, TakerIds = [3] });
        var closedTaken = PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.Closed, TakerIds = [3] });
        var hidden = new[]
        {
            PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.PendingReview }),
            PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.Rejected }),
            PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.Closed }),
            PublicSite.AddJob(factory, PublicSite.Point, ["porter"], j => j with { Status = JobStatus.Draft }),
        };

        foreach (var shown in new[] { open, filled, closedTaken })
        {
            using var response = await client.GetAsync(new Uri($"/go/{shown.Id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        using var unknown = await client.GetAsync(new Uri("/go/99999", UriKind.Relative));
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        foreach (var post in hidden)
        {
            using var response = await client.GetAsync(new Uri($"/go/{post.Id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Equal(unknownBody, await response.Content.ReadAsStringAsync());
        }
    }

    private static async Task<(HttpStatusCode Status, string Html)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"1[3-9]\d{9}")]
    private static partial Regex Mobile();
}
