using System.Globalization;
using ZeroWork.Bot.Understanding;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>An employer's posts after publishing: how many took each, closing the one meant, and edits to the post named (reviewed again when vetting asks for it).</summary>
public sealed class EmployerReplies(IMarketStore db, ITakeUp takeUp, StationDirectory stations)
{
    /// <summary>Posts still running (published, full but not yet past, or waiting for review), newest first.</summary>
    public IReadOnlyList<JobPost> Live(ConversationContext ctx)
    {
        var id = ctx.Person.Id;
        var today = ctx.ChinaNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. db.Jobs.OfEmployer(id)
            .Where(j => j.Status is JobStatus.Published or JobStatus.PendingReview or JobStatus.Filled
                && (j.WorkDate is null || string.CompareOrdinal(j.WorkDate, today) >= 0))
            .OrderByDescending(j => j.CreatedAt)
            .ThenByDescending(j => j.Id)];
    }

    /// <summary>"几个人接了": per post.</summary>
    public string Takers(IReadOnlyList<JobPost> posts) => string.Join("\n", posts.Select(j =>
    {
        var state = j.Status switch
        {
            JobStatus.PendingReview => "还在审核",
            JobStatus.Filled => $"已招满（{j.TakerIds.Count}人）",
            _ when j.TakerIds.Count == 0 => $"还没人接，要{j.Headcount}人",
            _ => $"已接{j.TakerIds.Count}人，还差{j.Headcount - j.TakerIds.Count}人",
        };
        return $"{DateText.Describe(j.WorkDate, j.StartTime)}{JobFacts.Name(j)}：{state}";
    }));

    /// <summary>"招满了/不招了": the post named or the only one; asks which when there are several.</summary>
    public string Close(ConversationContext ctx, string text)
    {
        var open = Live(ctx).Where(j => j.Status is JobStatus.Published or JobStatus.PendingReview).ToList();
        if (open.Count == 0)
        {
            return Replies.NoOpenPosts;
        }

        var named = Phrases.PostNumber(text) is { } n ? open.FirstOrDefault(j => j.Id == n) : null;
        if (named is null && open.Count > 1)
        {
            return Choose(ctx, open, "close", "关闭哪条招工？");
        }

        return CloseOne(ctx, (named ?? open[0]).Id);
    }

    public string CloseOne(ConversationContext ctx, int jobId)
    {
        ctx.EndFlow();
        var result = takeUp.Close(ctx.Person.Id, jobId);
        ctx.Effects.Add($"close {result.Outcome}");
        return result.Reply;
    }

    /// <summary>"工钱改成一天350", "改成3个人", "换到后天": changes the post named (or the only one) and says what it is now.</summary>
    public string? Edit(ConversationContext ctx, string text, Reading reading)
    {
        var posts = Live(ctx).Where(j => j.Status is JobStatus.Published or JobStatus.PendingReview or JobStatus.Filled).ToList();
        if (posts.Count == 0)
        {
            return null;
        }

        var named = Phrases.PostNumber(text) is { } n ? posts.FirstOrDefault(j => j.Id == n) : null;
        if (named is null && posts.Count > 1)
        {
            var reply = Choose(ctx, posts, "edit", "改哪条招工？");
            ctx.State.Slots["text"] = text;
            return reply;
        }

        return EditOne(ctx, (named ?? posts[0]).Id, text, reading);
    }

    public string EditOne(ConversationContext ctx, int jobId, string text, Reading reading)
    {
        ctx.EndFlow();

        // For update: a take-up on another node may be adding a taker to this post right now.
        var job = db.Jobs.FindForUpdate(jobId);
        if (job is null || job.EmployerId != ctx.Person.Id)
        {
            return Replies.NoOpenPosts;
        }

        var numeric = Normalizer.Normalize(text).Numeric;
        var headcount = reading.Headcount ?? HeadcountExtractor.Extract(numeric);
        var changed = job with
        {
            PayMin = reading.PayMin ?? (reading.PayMax is null ? job.PayMin : null),
            PayMax = reading.PayMax ?? (reading.PayMin is null ? job.PayMax : null),
            PayUnit = reading.PayMin is not null || reading.PayMax is not null ? reading.PayUnit ?? job.PayUnit : job.PayUnit,
            Headcount = headcount is > 0 and < 1000 ? Math.Max(headcount.Value, job.TakerIds.Count) : job.Headcount,
            WorkDate = reading.Date ?? job.WorkDate,
            StartTime = reading.Time ?? job.StartTime,
            PlaceText = reading.Lng is not null ? reading.Place : job.PlaceText,
            District = reading.Lng is not null ? reading.District ?? job.District : job.District,
            Point = reading.Lng is { } lng && reading.Lat is { } lat ? new Market.Geography.GeoPoint(lng, lat) : job.Point,
            Meals = PostDetails.Meals(text) ?? job.Meals,
            Shift = PostDetails.Shift(text) ?? job.Shift,
            PayDay = PostDetails.PayDay(text) ?? job.PayDay,
            AgeLimit = PostDetails.AgeLimit(text) ?? job.AgeLimit,
        };
        if (changed == job)
        {
            return $"没看出要改什么。请这样说：“编号{job.Id} 工钱改成一天200”“改成3个人”“换到后天”。";
        }

        if (changed.TakerIds.Count < changed.Headcount && changed.Status == JobStatus.Filled)
        {
            changed = changed with { Status = JobStatus.Published, ClosedAt = null };
        }

        var flags = PostVetting.RiskFlags(changed with { Id = 0, CreatedAt = ctx.UtcNow }, db);
        var held = flags.Count > 0 && changed.Status != JobStatus.PendingReview;
        if (flags.Count > 0)
        {
            changed = changed with { Status = JobStatus.PendingReview, RiskFlags = flags };
        }

        db.Jobs.Update(changed);
        db.Raise(new JobChanged(job.Id, Published: false));
        ctx.Effects.Add($"job:{job.Id} edited {changed.Status}");
        var now = "已改好：" + JobFacts.Line(changed) + $"，{changed.Headcount}人";
        if (flags.Count > 0)
        {
            var station = stations.Find(job.Collector.StationId)?.Name ?? "工作人员";
            return now + (held ? $"。改动需要{station}重新审核，审核前暂停推送。" : $"。{station}审核后发布。");
        }

        return now + "。";
    }

    /// <summary>The unit or name the employer gave after publishing (第七条), on their profile and the post.</summary>
    public string SaveUnitName(ConversationContext ctx, string name)
    {
        var profile = ctx.Person.Employer ?? new EmployerProfile { RegisteredAt = ctx.UtcNow };
        ctx.Person = ctx.Person with { Employer = profile with { UnitName = name } };
        db.People.Update(ctx.Person);
        if (ctx.State.Slots.TryGetValue("job", out var value) && int.TryParse(value, out var jobId) && db.Jobs.FindForUpdate(jobId) is { } job && job.EmployerId == ctx.Person.Id)
        {
            db.Jobs.Update(job with { EmployerName = name });
        }

        ctx.Effects.Add($"person:{ctx.Person.Id} unit");
        ctx.EndFlow();
        return $"好的，用工方记为“{name}”。";
    }

    private static string Choose(ConversationContext ctx, IReadOnlyList<JobPost> posts, string action, string question)
    {
        ctx.State = ctx.State with { Flow = Flows.Choose, Asking = action, Slots = new() { ["ids"] = string.Join(',', posts.Select(j => j.Id)) } };
        return question + "\n" + string.Join("\n", posts.Select((j, i) => $"{i + 1}.{JobFacts.Line(j)}")) + "\n回复序号，如“1”。";
    }
}
