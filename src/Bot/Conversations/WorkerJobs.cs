using System.Globalization;
using System.Text.RegularExpressions;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>The jobs a worker has taken: "我的活", questions about them ("在哪里", "老板电话多少"), "去不了了", and the day-after "工钱结了吗".</summary>
public sealed partial class WorkerJobs(IMarketStore db, ITakeUp takeUp, ConsultationFlow consult, StationDirectory stations)
{
    /// <summary>How long after "工钱结了吗" a 1 or 2 still answers it.</summary>
    public static readonly TimeSpan PaidAnswerWindow = TimeSpan.FromDays(3);

    /// <summary>Accepted jobs from today on (or without a day), soonest first.</summary>
    public IReadOnlyList<JobPost> Taken(ConversationContext ctx)
    {
        var id = ctx.Person.Id;
        var today = ctx.ChinaNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return [.. db.Pushes.OfWorker(id, PushState.Accepted)
            .Select(p => db.Jobs.Find(p.JobId))
            .OfType<JobPost>()
            .Where(j => j.TakerIds.Contains(id) && j.Status is JobStatus.Published or JobStatus.Filled
                && (j.WorkDate is null || string.CompareOrdinal(j.WorkDate, today) >= 0))
            .OrderBy(j => j.WorkDate ?? "", StringComparer.Ordinal)
            .ThenBy(j => j.StartTime ?? "", StringComparer.Ordinal)];
    }

    /// <summary>The taken jobs with place, time, pay and the employer's number (the two sides of an accepted job; audited).</summary>
    public string List(ConversationContext ctx, IReadOnlyList<JobPost> jobs, string? question = null)
    {
        if (jobs.Count == 0)
        {
            return Replies.NoJobsTaken;
        }

        var lines = jobs.Select((j, i) => (jobs.Count > 1 ? $"{i + 1}." : "") + (question is null ? JobFacts.Line(j) : JobFacts.Answer(j, question, withMap: !ctx.IsSms)) + "，" + Contact(ctx, j));
        return (jobs.Count > 1 ? "您接的活：\n" : "您接的活：") + string.Join("\n", lines) + "。去不了请回“去不了了”。";
    }

    /// <summary>"去不了了": gives back the job meant (the day named, or the only one); asks which when there are several.</summary>
    public string Withdraw(ConversationContext ctx, IReadOnlyList<JobPost> jobs, string? day)
    {
        var meant = day is null ? jobs : [.. jobs.Where(j => j.WorkDate == day)];
        if (meant.Count == 0)
        {
            meant = jobs;
        }

        if (meant.Count > 1)
        {
            ctx.State = ctx.State with { Flow = Flows.Choose, Asking = "withdraw", Slots = new() { ["ids"] = string.Join(',', meant.Select(j => j.Id)) } };
            return "您接了几个活，哪个去不了？\n" + string.Join("\n", meant.Select((j, i) => $"{i + 1}.{JobFacts.Line(j)}")) + "\n回复序号，如“1”。";
        }

        return WithdrawOne(ctx, meant[0].Id);
    }

    public string WithdrawOne(ConversationContext ctx, int jobId)
    {
        ctx.EndFlow();
        var result = takeUp.Withdraw(ctx.Person.Id, jobId);
        ctx.Effects.Add($"job:{jobId} {result.Outcome}");
        return result.Reply;
    }

    /// <summary>The pay check this worker was asked most recently and has not answered, if it is still fresh.</summary>
    public Push? PendingPaidCheck(ConversationContext ctx)
    {
        var id = ctx.Person.Id;
        var since = ctx.UtcNow - PaidAnswerWindow;
        return db.Pushes.OfWorker(id, PushState.Accepted)
            .Where(p => p.PaidAskedAt is { } asked && asked >= since && p.Paid is null)
            .OrderByDescending(p => p.PaidAskedAt)
            .FirstOrDefault();
    }

    /// <summary>The answer to "工钱结了吗", or null when the message does not answer it.</summary>
    public bool? ReadPaid(string text) => text.Trim() switch
    {
        "1" => true,
        "2" => false,
        var t when NotPaid().IsMatch(t) => false,
        var t when Paid().IsMatch(t) => true,
        _ => null,
    };

    /// <summary>Records the answer; "没结" opens a rights consultation about that post and employer, at the post's station, and counts against the employer (staff see it).</summary>
    public string AnswerPaid(ConversationContext ctx, Push check, bool paid, string text)
    {
        // For update: the pay-check sweep on another node may be writing this push too.
        db.Pushes.Update((db.Pushes.ByKeyForUpdate(check.Key) ?? check) with { Paid = paid });
        ctx.Effects.Add($"job:{check.JobId} paid {(paid ? "yes" : "no")}");
        if (paid)
        {
            return "好的，工钱结了就好。有合适的活再通知您。";
        }

        var job = db.Jobs.Find(check.JobId);
        var employer = job is null ? null : db.People.FindForUpdate(job.EmployerId);
        if (employer?.Employer is { } profile)
        {
            db.People.Update(employer with { Employer = profile with { UnpaidReports = profile.UnpaidReports + 1 } });
        }

        var about = job is null
            ? $"招工编号{check.JobId}"
            : $"{DateText.Describe(job.WorkDate, job.StartTime)}的{JobFacts.Name(job)}，{job.PlaceText}，{PayText.Describe(job.PayMin, job.PayMax, job.PayUnit)}；用工方{job.EmployerName ?? employer?.Employer?.UnitName ?? "未登记"}，雇主电话{job.ContactPhone ?? employer?.Phone ?? "未留"}";
        var station = job is null ? null : stations.Find(job.Collector.StationId) ?? stations.Responsible(job.District, job.Point);
        var lines = new List<string> { $"工钱没结：{about}" };
        if (text.Trim() is not ("2" or "没结"))
        {
            lines.Add(text);
        }

        return consult.Open(ctx, ConsultationKind.LabourRights, job?.Skills ?? [], lines, station);
    }

    private string Contact(ConversationContext ctx, JobPost job)
    {
        var employer = db.People.Find(job.EmployerId);
        var phone = job.ContactPhone ?? employer?.Employer?.ContactPhone ?? employer?.Phone;
        var name = job.ContactName is { Length: 1 } surname ? surname + "师傅" : job.ContactName ?? job.EmployerName ?? "雇主";
        if (phone is null)
        {
            return $"{name}没留电话";
        }

        db.WriteAudit("system", "contact.reveal", $"job:{job.Id}", $"employer phone {PhoneMask.Mask(phone)} to taker:{ctx.Person.Id} (我的活)");
        var map = !ctx.IsSms && job.Point is { } p ? " 导航" + NavigationLink.Amap(p, job.PlaceText) : "";
        return $"{name}电话{phone}{map}";
    }

    [GeneratedRegex("结了|给了|拿到了|已结|发了|到手了|收到了")]
    private static partial Regex Paid();

    [GeneratedRegex("没结|没给|没有给|还没|没拿到|没发|不给|拖着|没有")]
    private static partial Regex NotPaid();
}
