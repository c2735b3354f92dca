using System.Net;
using System.Text.RegularExpressions;
using ZeroWork.Admin.Tests.Infrastructure;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Staff;

namespace ZeroWork.Admin.Tests.Security;

/// <summary>第十四条: crawls every page a station's staff can reach and fails if a full mobile number appears anywhere in it — in lists, details, post texts, consultation threads or the outbox. Full numbers show only after an audited reveal (a POST, never followed here).</summary>
public sealed partial class PrivacyScanTests : IDisposable
{
    private readonly AdminApp app = new();

    [Fact]
    public async Task No_page_a_station_sees_shows_a_full_mobile_number()
    {
        var db = app.Db;
        var own = Seed.Township(db, "xiangzhou", 0);
        app.AddStaff("station-privacy", StaffRole.Station, station: own);
        var worker = Seed.Person(db, own, "13911112222", name: "王师傅");
        var employer = Seed.Person(db, own, "13733334444", name: "李老板", worker: false);
        Seed.Post(db, own, employer.Id, JobStatus.PendingReview, description: "明天要2个小工 一天180 电话137 3333 4444", flags: ["测试"]);
        Seed.Post(db, own, employer.Id, JobStatus.Published, description: "搬运 联系13733334444");
        Seed.Consultation(db, own, worker.Id, text: "老板欠我工钱，我电话13911112222，他电话13733334444");
        db.InTransaction(() => db.Enqueue(new OutboxMessage
        {
            Channel = OutboxChannel.Sms,
            Address = "13911112222",
            Template = "TakerFound",
            Variables = ["小工", "王", "13911112222"],
            Text = "您的小工招工已有人接单：王，电话13911112222。",
            IdempotencyKey = "privacy-1",
            Purpose = "handover",
        }));

        using var client = await app.SignInAsync("station-privacy", AdminApp.StaffPassword);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/admin/"]);
        while (queue.Count > 0 && seen.Count < 300)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }

            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            var digits = Separators().Replace(WebUtility.HtmlDecode(html), "");
            Assert.False(Mobile().IsMatch(digits), $"{url} shows a full mobile number: {Mobile().Match(digits).Value}");
            foreach (Match link in Link().Matches(html))
            {
                var next = WebUtility.HtmlDecode(link.Groups[1].Value);
                if (!next.Contains("logout", StringComparison.OrdinalIgnoreCase) && !next.Contains("/assets/", StringComparison.Ordinal))
                {
                    queue.Enqueue(next);
                }
            }
        }

        Assert.True(seen.Count >= 10, $"the crawl reached only {seen.Count} pages");
        Assert.Contains(seen, u => u.StartsWith("/admin/consultations/details", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => app.Dispose();

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex Mobile();

    /// <summary>Spaces and dashes people write inside numbers ("137 3333 4444").</summary>
    [GeneratedRegex(@"(?<=\d)[\s\-](?=\d)")]
    private static partial Regex Separators();

    [GeneratedRegex("href=\"(/admin/[^\"#]*)\"")]
    private static partial Regex Link();
}
