using System.Globalization;
using System.Text.RegularExpressions;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>The worker's answers around a pushed job: ask about it, take or turn it down, take one from a search list, stop pushes.</summary>
public sealed partial class TakeUpReplies(MarketDb db, ITakeUp takeUp)
{
    /// <summary>Unanswered pushes, newest first; a push of a post that filled or closed since still gets its kind answer (已招满).</summary>
    public IReadOnlyList<(Push Push, JobPost Job)> Pending(ConversationContext ctx)
    {
        var id = ctx.Person.Id;
        return [.. db.Pushes.Find(p => p.WorkerId == id && p.State == PushState.Queued)
            .OrderByDescending(p => p.CreatedAt)
            .ThenByDescending(p => p.Id)
            .Select(p => (Push: p, Job: db.Jobs.FindById(p.JobId)))
            .Where(x => x.Job is { Status: JobStatus.Published or JobStatus.Filled or JobStatus.Closed })];
    }

    /// <summary>A question about a pushed job is answered from the job and changes nothing.</summary>
    public string AnswerQuestion(ConversationContext ctx, JobPost job, string text)
    {
        var answer = JobFacts.Answer(job, text, withMap: !ctx.IsSms);
        if (JobFacts.AsksPhone(text))
        {
            answer += "。雇主电话接单后发给您";
        }

        return answer + "。回1接单 回2不去";
    }

    public string Answer(ConversationContext ctx, bool accept, IReadOnlyList<(Push Push, JobPost Job)> pending)
    {
        var open = pending.Where(p => p.Job.IsOpen).Select(p => p.Job).ToList();
        if (accept && open.Count > 1)
        {
            return ChooseFromList(ctx, open, "您有几个活还没回复：", "想接哪个，回复“接”加序号，如“接1”。");
        }

        var job = pending[0].Job;
        if (!accept)
        {
            var declined = takeUp.Decline(ctx.Person.Id, job.Id);
            ctx.Effects.Add($"job:{job.Id} {declined.Outcome}");
            return declined.Reply;
        }

        return Take(ctx, job.Id);
    }

    /// <summary>"接2" (or a bare "2" right after the list) takes the second job of the list last shown.</summary>
    public string? FromList(ConversationContext ctx, string text, bool bareNumber)
    {
        if (!ctx.State.Slots.TryGetValue("results", out var results))
        {
            return null;
        }

        var m = Ordinal().Match(text.Trim());
        if (!m.Success || (!bareNumber && m.Groups["verb"].Length == 0))
        {
            return null;
        }

        var ids = results.Split(',');
        var index = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) - 1;
        if (index < 0 || index >= ids.Length)
        {
            return $"序号不对，请回复“接1”到“接{ids.Length}”。";
        }

        return Take(ctx, int.Parse(ids[index], CultureInfo.InvariantCulture));
    }

    /// <summary>The phone a WeChat worker gave for the job waiting in the slots; the job is then taken.</summary>
    public string? TakeWithPhone(ConversationContext ctx, string? phone)
    {
        if (!ctx.State.Slots.TryGetValue("job", out var value) || !int.TryParse(value, out var jobId))
        {
            ctx.EndFlow();
            return null;
        }

        if (phone is null)
        {
            return Replies.AskPhoneBeforeTaking + "直接回11位手机号就行。";
        }

        ctx.Person = ctx.Person with { Phone = phone };
        db.People.Update(ctx.Person);
        ctx.Effects.Add($"person:{ctx.Person.Id} phone");
        ctx.EndFlow();
        return Take(ctx, jobId);
    }

    /// <summary>Stops every push at once (T/TD/退订/别发了, or unfollowing): opts out and cancels pushes still waiting in the outbox. Confirmed once only.</summary>
    public string? OptOut(ConversationContext ctx, string reason)
    {
        if (ctx.Person.OptedOut)
        {
            return null;
        }

        ctx.Person = ctx.Person with { OptedOut = true };
        db.People.Update(ctx.Person);
        var address = ctx.Message.From;
        foreach (var waiting in db.Outbox.Find(m => m.Address == address && m.Purpose == "push" && (m.State == OutboxState.Pending || m.State == OutboxState.Deferred)))
        {
            db.Outbox.Update(waiting with { State = OutboxState.Failed, LastError = reason });
        }

        db.Raise(new PersonChanged(ctx.Person.Id, NewWorker: false));
        ctx.Effects.Add($"person:{ctx.Person.Id} opted out");
        ctx.EndFlow();
        return Replies.OptedOut;
    }

    /// <summary>Numbers a list of jobs and keeps their ids so "接2" or a bare "2" picks one.</summary>
    public static string ChooseFromList(ConversationContext ctx, IReadOnlyList<JobPost> jobs, string heading, string footer)
    {
        ctx.State = ctx.State with { Flow = null, Asking = "results", Slots = new() { ["results"] = string.Join(',', jobs.Select(j => j.Id)) } };
        var lines = jobs.Select((j, i) => $"{i + 1}.{JobFacts.Line(j)}");
        return heading + "\n" + string.Join("\n", lines) + "\n" + footer;
    }

    private string Take(ConversationContext ctx, int jobId)
    {
        // The employer gets the taker's number; a WeChat worker without one is asked first.
        if (ctx.Person.Phone is null && !ctx.IsSms)
        {
            ctx.State = ctx.State with { Flow = Flows.Phone, Asking = "phone", Slots = new() { ["job"] = jobId.ToString(CultureInfo.InvariantCulture) } };
            return Replies.AskPhoneBeforeTaking;
        }

        var result = takeUp.Accept(ctx.Person.Id, jobId);
        ctx.Effects.Add($"job:{jobId} {result.Outcome}");
        ctx.TemplatedReply = result.ReplyTemplate is null ? null : result;
        return result.Reply;
    }

    [GeneratedRegex(@"^(?<verb>接|接单|我接|要|选)?\s*(?<n>\d{1,2})$")]
    private static partial Regex Ordinal();
}
