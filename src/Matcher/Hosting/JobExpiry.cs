using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;
using ZeroWork.Matcher.TakeUp;

namespace ZeroWork.Matcher.Hosting;

/// <summary>Posts whose day has passed (WorkDate before today, China time) expire, with their unanswered pushes.</summary>
public sealed class JobExpiry(IMarketStore db)
{
    /// <returns>Posts expired.</returns>
    public int ExpireDue()
    {
        var today = ChinaTime.Today(db.Time);
        // One indexed read per open status rather than a scan: the post history only grows.
        var due = db.Jobs.WithStatus(JobStatus.Published)
            .Concat(db.Jobs.WithStatus(JobStatus.PendingReview))
            .Where(j => j.WorkDate is { } day && string.CompareOrdinal(day, today) < 0)
            .Select(j => j.Id)
            .ToList();
        foreach (var id in due)
        {
            db.InTransaction(() =>
            {
                var job = db.Jobs.FindForUpdate(id);
                if (job is not { Status: JobStatus.Published or JobStatus.PendingReview })
                {
                    return;
                }

                db.Jobs.Update(job with { Status = JobStatus.Expired, ClosedAt = db.UtcNow });
                UnsentPushes.Cancel(db, id, "招工已过期");
                foreach (var key in db.Pushes.OfJob(id, PushState.Queued).Select(p => p.Key).ToList())
                {
                    if (db.Pushes.ByKeyForUpdate(key) is { State: PushState.Queued } push)
                    {
                        db.Pushes.Update(push with { State = PushState.Expired });
                    }
                }

                db.Raise(new JobChanged(id, false));
            });
        }

        return due.Count;
    }
}
