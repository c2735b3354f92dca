using System.Text.RegularExpressions;
using ZeroWork.Market.Events;
using ZeroWork.Market.Matching;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Bot.Conversations;

/// <summary>The worker's and employer's answers around a job: take or turn down a pushed job, take one from a search, close a post, stop pushes.</summary>
public sealed partial class TakeUpReplies(MarketDb db, ITakeUp takeUp)
{
    public bool HasPending(ConversationContext ctx) => LatestPending(ctx) is not null;

    public string Answer(ConversationContext ctx, bool accept, string text)
    {
        var push = LatestPending(ctx)!;
        var result = accept ? takeUp.Accept(ctx.Person.Id, push.JobId) : takeUp.Decline(ctx.Person.Id, push.JobId);
        ctx.Effects.Add($"job:{push.JobId} {result.Outcome}");
        return Templated(ctx, result);
    }

    /// <summary>"接2" after a search list takes the second job of that list.</summary>
    public string? FromSearchResults(ConversationContext ctx, string text)
    {
        if (!ctx.State.Slots.TryGetValue("results", out var results) || Ordinal().Match(text) is not { Success: true } m)
        {
            return null;
        }

        var ids = results.Split(',');
        var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1;
        if (index < 0 || index >= ids.Length)
        {
            return $"序号不对，请回复“接1”到“接{ids.Length}”。";
        }

        var result = takeUp.Accept(ctx.Person.Id, int.Parse(ids[index], System.Globalization.CultureInfo.InvariantCulture));
        ctx.Effects.Add($"job:{ids[index]} {result.Outcome}");
        return Templated(ctx, result);
    }

    public string Close(ConversationContext ctx)
    {
        var result = takeUp.Close(ctx.Person.Id, null);
        ctx.Effects.Add($"close {result.Outcome}");
        return result.Reply;
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

    private static string Templated(ConversationContext ctx, TakeUpResult result)
    {
        ctx.TemplatedReply = result.ReplyTemplate is null ? null : result;
        return result.Reply;
    }

    private Push? LatestPending(ConversationContext ctx)
    {
        var id = ctx.Person.Id;
        return db.Pushes.Find(p => p.WorkerId == id && p.State == PushState.Queued)
            .OrderByDescending(p => p.CreatedAt)
            .FirstOrDefault();
    }

    [GeneratedRegex(@"^(?:接|接单|我接|要)\s*(\d{1,2})$")]
    private static partial Regex Ordinal();
}
