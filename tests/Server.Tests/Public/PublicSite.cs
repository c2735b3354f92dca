using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ZeroWork.Market.Events;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.People;
using ZeroWork.Matcher.Hosting;

namespace ZeroWork.Server.Tests.Public;

/// <summary>Posts put straight into a test host's store and applied to the Matcher's index without waiting on its queue.</summary>
internal static class PublicSite
{
    /// <summary>Where the check searches from (GCJ-02, by 七里河).</summary>
    public static readonly GeoPoint Point = new(112.131, 32.079);

    public const string EmployerPhone = "13907101234";

    public static JobPost AddJob(ZeroWorkFactory factory, GeoPoint at, string[] skills, Func<JobPost, JobPost>? change = null)
    {
        var db = factory.Db;
        var post = new JobPost
        {
            EmployerName = "李记装修",
            Skills = skills,
            Headcount = 2,
            PayMin = 200,
            PayMax = 200,
            PayUnit = "day",
            WorkDate = "2026-11-27",
            StartTime = "07:30",
            PlaceText = "七里河路口",
            District = "gaoxin",
            Point = at,
            ContactName = "李",
            ContactPhone = EmployerPhone,
            Description = "招人干活，电话" + EmployerPhone,
            Status = JobStatus.Published,
            Collector = new Collector { Channel = Channel.WeChat, StationId = "sub-gaoxin" },
            CreatedAt = db.UtcNow,
            PublishedAt = db.UtcNow,
        };
        post = change?.Invoke(post) ?? post;
        post = post with { Id = db.Jobs.Insert(post).AsInt32 };
        factory.Services.GetRequiredService<MatcherEventPump>().Handle(new JobChanged(post.Id, Published: false));
        return post;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static int[] Ids(JsonElement page) => [.. page.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("id").GetInt32())];
}
