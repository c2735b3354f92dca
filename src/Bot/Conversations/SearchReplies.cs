using System.Globalization;
using System.Text;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;

namespace ZeroWork.Bot.Conversations;

/// <summary>"搜 电工" / "附近有什么活": the five nearest open jobs with distance, pay, day and a map link. No phone numbers: contact passes only after a job is taken.</summary>
public sealed class SearchReplies(IJobSearch search)
{
    public const int Limit = 5;

    public string Search(ConversationContext ctx, Reading reading)
    {
        var from = reading.Lng is { } lng && reading.Lat is { } lat ? new GeoPoint(lng, lat) : ctx.Person.Worker?.Home;
        var skills = reading.Skills.Where(s => s != "other").ToList();
        if (skills.Count == 0 && reading.Place is null && ctx.Person.Worker is { } worker)
        {
            skills = [.. worker.Skills];
        }

        var hits = search.Search(new JobQuery(from, skills, FreeText(reading, ctx.Message.Text), Limit));
        if (hits.Count == 0)
        {
            return ctx.Person.IsWorker ? Replies.NothingNearby : Replies.NothingNearby + "先登记一下吧：" + Replies.AskWorkerSkill;
        }

        ctx.State = ctx.State with { Asking = ctx.State.Flow is null ? "results" : ctx.State.Asking, Slots = new() { ["results"] = string.Join(',', hits.Select(h => h.Job.Id)) } };
        var text = new StringBuilder("附近的活：\n");
        for (var i = 0; i < hits.Count; i++)
        {
            var job = hits[i].Job;
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}.{SkillCatalog.Describe(job.Skills)}{job.Headcount}人 {DateText.Describe(job.WorkDate, job.StartTime)} {PayText.Describe(job.PayMin, job.PayMax, job.PayUnit)} {job.PlaceText}");
            if (hits[i].DistanceMeters is { } d)
            {
                text.Append(CultureInfo.InvariantCulture, $" 距{Distance(d)}");
            }

            if (!ctx.IsSms && job.Point is { } p)
            {
                text.Append(' ').Append(NavigationLink.Amap(p, job.PlaceText));
            }

            text.Append('\n');
        }

        text.Append("想接哪个，回复“接”加序号，如“接1”。");
        return text.ToString();
    }

    public static string Distance(double meters) => meters < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{meters:0}米")
        : string.Create(CultureInfo.InvariantCulture, $"{meters / 1000:0.#}公里");

    /// <summary>Words that are not skill or place, for the free-text part of the search ("搜 热水器").</summary>
    private static string? FreeText(Reading reading, string? text)
    {
        if (reading.Skills.Count > 0 || text is null)
        {
            return null;
        }

        var cleaned = text.Replace("搜索", "", StringComparison.Ordinal).Replace("搜", "", StringComparison.Ordinal).Trim();
        return cleaned.Length is > 0 and <= 10 && !cleaned.Contains('活') && !cleaned.Contains("附近", StringComparison.Ordinal) ? cleaned : null;
    }
}
