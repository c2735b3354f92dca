using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;

namespace ZeroWork.Matcher.TakeUp;

/// <summary>When a post ends, pushes still held back (quiet hours) must not go out in the morning. The outbox has no "cancelled" state, so the held message is marked failed with the reason; it is read for update so a sender claiming it at the same moment is not overwritten.</summary>
public static class UnsentPushes
{
    public static int Cancel(IMarketStore db, int jobId, string reason)
    {
        var cancelled = 0;
        foreach (var queued in db.Pushes.OfJob(jobId, PushState.Queued).ToList())
        {
            if (queued.OutboxId is not { } outboxId || db.Pushes.ByKeyForUpdate(queued.Key) is not { State: PushState.Queued } push
                || db.Outbox.FindForUpdate(outboxId) is not { State: OutboxState.Deferred } message)
            {
                continue;
            }

            db.Outbox.Update(message with { State = OutboxState.Failed, LastError = "cancelled: " + reason });
            db.Pushes.Update(push with { State = PushState.Expired });
            cancelled++;
        }

        return cancelled;
    }
}
