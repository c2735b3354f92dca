using Microsoft.Extensions.Options;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;
using ZeroWork.Matcher.Planning;

namespace ZeroWork.Matcher.TakeUp;

/// <summary>Accept, decline and close, inside the caller's transaction. The first <c>Headcount</c> acceptances win; the two sides of an accepted job get each other's full contact (audited), everyone later hears 已招满 kindly.</summary>
public sealed class TakeUpService(IMarketStore db, IOptions<MatcherOptions> options, PushPlanner planner) : ITakeUp
{
    public TakeUpResult Accept(int workerId, int jobId) => db.InTransaction(() =>
    {
        var job = db.Jobs.FindForUpdate(jobId);
        var worker = db.People.FindForUpdate(workerId);
        if (job is null || worker is null || job.Status is JobStatus.Draft or JobStatus.PendingReview or JobStatus.Rejected)
        {
            return new TakeUpResult(TakeUpOutcome.NotFound, job, "没有找到这条招工信息，回复“找活”看看附近的活。");
        }

        // A simulator user taking a real post would hand the real employer a sandbox contact and hold a real place.
        if (Sandbox.IsPerson(worker))
        {
            return new TakeUpResult(TakeUpOutcome.NotAllowed, job, "模拟对话的测试用户不能接真实的招工信息。");
        }

        if (job.EmployerId == workerId)
        {
            return new TakeUpResult(TakeUpOutcome.NotAllowed, job, $"这是您自己发布的招工（编号{job.Id}），不能自己接。");
        }

        var employer = db.People.Find(job.EmployerId);
        if (job.TakerIds.Contains(workerId))
        {
            return TakenReply(TakeUpOutcome.AlreadyTaken, job, employer);
        }

        if (job.Status is JobStatus.Closed or JobStatus.Expired)
        {
            Answer(job, workerId, PushState.TooLate);
            return new TakeUpResult(TakeUpOutcome.Closed, job, $"很抱歉，这条{JobWords.Kind(job)}招工已经结束了，有新的活会再通知您。");
        }

        if (!job.IsOpen)
        {
            Answer(job, workerId, PushState.TooLate);
            return new TakeUpResult(TakeUpOutcome.Full, job, MessageTemplates.JobFull.Render([JobWords.Kind(job)])) { ReplyTemplate = MessageTemplates.JobFull, ReplyVariables = [JobWords.Kind(job)] };
        }

        if (SameDay(job, workerId) is { } other)
        {
            Answer(job, workerId, PushState.Declined);
            var day = JobWords.When(other, ChinaTime.Today(db.Time));
            return new TakeUpResult(TakeUpOutcome.Clash, other, $"您已接了{day}的{JobWords.Kind(other)}（编号{other.Id}），同一天不能再接。要换这个，先回复“去不了了”退掉那个。");
        }

        var now = db.UtcNow;
        var takers = job.TakerIds.Append(workerId).ToList();
        var full = takers.Count >= job.Headcount;
        var updated = job with
        {
            TakerIds = takers,
            Status = full ? JobStatus.Filled : job.Status,
            ClosedAt = full ? now : job.ClosedAt,
        };
        db.Jobs.Update(updated);
        if (worker.Worker is { } profile)
        {
            db.People.Update(worker with { Worker = profile with { JobsTaken = profile.JobsTaken + 1 }, LastActiveAt = now });
        }

        Answer(job, workerId, PushState.Accepted);
        TellEmployer(updated, worker, employer);
        if (full)
        {
            UnsentPushes.Cancel(db, jobId, "招工已招满");
            Notices.Tell(db, employer, MessageTemplates.PostFilled, [Notices.Label(db, updated), updated.Headcount.ToString(System.Globalization.CultureInfo.InvariantCulture)], $"filled:{jobId}");
        }

        db.Raise(new JobChanged(jobId, false));
        db.Raise(new PersonChanged(workerId, false));
        return TakenReply(TakeUpOutcome.Taken, updated, employer);
    });

    public TakeUpResult Decline(int workerId, int jobId) => db.InTransaction(() =>
    {
        var job = db.Jobs.Find(jobId);
        if (job is null)
        {
            return new TakeUpResult(TakeUpOutcome.NotFound, null, "没有找到这条招工信息。");
        }

        Answer(job, workerId, PushState.Declined);
        return new TakeUpResult(TakeUpOutcome.Declined, job, $"好的，{JobWords.When(job, ChinaTime.Today(db.Time))}的{JobWords.Kind(job)}（编号{job.Id}）不给您留了，有合适的活再通知您。");
    });

    public TakeUpResult Withdraw(int workerId, int jobId) => db.InTransaction(() =>
    {
        var job = db.Jobs.FindForUpdate(jobId);
        if (job is null || !job.TakerIds.Contains(workerId))
        {
            return new TakeUpResult(TakeUpOutcome.NotFound, job, "您没有接这个活。");
        }

        var takers = job.TakerIds.Where(id => id != workerId).ToList();
        var today = ChinaTime.Today(db.Time);
        var stillAhead = job.WorkDate is not { } day || string.CompareOrdinal(day, today) >= 0;
        var reopened = job with
        {
            TakerIds = takers,
            Status = job.Status == JobStatus.Filled && stillAhead ? JobStatus.Published : job.Status,
            ClosedAt = job.Status == JobStatus.Filled && stillAhead ? null : job.ClosedAt,
        };
        db.Jobs.Update(reopened);
        var key = Push.KeyOf(jobId, workerId);
        if (db.Pushes.ByKeyForUpdate(key) is { } push)
        {
            db.Pushes.Update(push with { State = PushState.Withdrawn, AnsweredAt = db.UtcNow });
        }

        var worker = db.People.Find(workerId);
        var employer = db.People.Find(job.EmployerId);
        Notices.Tell(db, employer, MessageTemplates.TakerWithdrew, [Notices.Label(db, job), worker is null ? "一位师傅" : JobContacts.NameOf(worker)], $"withdrew:{jobId}:{workerId}");
        if (reopened.IsOpen)
        {
            planner.PlanRefill(jobId);
        }

        db.Raise(new JobChanged(jobId, false));
        db.Raise(new PersonChanged(workerId, false));
        return new TakeUpResult(TakeUpOutcome.Withdrawn, reopened, $"好的，已退掉{JobWords.When(job, today)}的{JobWords.Kind(job)}（编号{job.Id}），已告诉雇主。");
    });

    public TakeUpResult Close(int employerId, int? jobId) => db.InTransaction(() =>
    {
        var chosen = jobId ?? db.Jobs.OfEmployer(employerId)
            .Where(j => j.Status is JobStatus.Published or JobStatus.PendingReview)
            .Select(j => (int?)j.Id)
            .FirstOrDefault();
        var job = chosen is { } id ? db.Jobs.FindForUpdate(id) : null;
        if (job is null)
        {
            return new TakeUpResult(TakeUpOutcome.NotFound, null, "您目前没有正在招工的信息。");
        }

        if (job.EmployerId != employerId)
        {
            return new TakeUpResult(TakeUpOutcome.NotAllowed, null, "这条招工信息不是您发布的，无法关闭。");
        }

        if (job.Status is not (JobStatus.Published or JobStatus.PendingReview or JobStatus.Draft))
        {
            return new TakeUpResult(TakeUpOutcome.Closed, job, $"这条{JobWords.Kind(job)}招工已经结束了，不用再关闭。");
        }

        var closed = job with { Status = JobStatus.Closed, ClosedAt = db.UtcNow };
        db.Jobs.Update(closed);
        UnsentPushes.Cancel(db, job.Id, "雇主已关闭招工");
        db.Raise(new JobChanged(job.Id, false));
        return new TakeUpResult(TakeUpOutcome.Closed, closed, $"已关闭您的{JobWords.Kind(job)}招工（编号{job.Id}，已接单{job.TakerIds.Count}人），感谢使用！");
    });

    /// <summary>Records the answer on the worker's push; an answer to a post never pushed to them (found by search) gets a push row too, so the one-push-per-worker rule still holds.</summary>
    private void Answer(JobPost job, int workerId, PushState state)
    {
        var key = Push.KeyOf(job.Id, workerId);
        var now = db.UtcNow;
        var push = db.Pushes.ByKeyForUpdate(key);
        if (push is null)
        {
            var distance = job.Point is { } p && db.People.Find(workerId)?.Worker?.Home is { } home ? p.DistanceTo(home) : 0;
            db.Pushes.Insert(new Push { Key = key, JobId = job.Id, WorkerId = workerId, State = state, DistanceMeters = distance, Wave = PushPlanner.PullWave, CreatedAt = now, AnsweredAt = now });
        }
        else if (push.State is PushState.Queued or PushState.Declined || state == PushState.Accepted)
        {
            db.Pushes.Update(push with { State = state, AnsweredAt = now });
        }
    }

    /// <summary>The worker's other accepted job on the same China day, if any: one worker cannot be in two places the same day.</summary>
    private JobPost? SameDay(JobPost job, int workerId)
    {
        if (job.WorkDate is not { } day)
        {
            return null;
        }

        return db.Pushes.OfWorker(workerId, PushState.Accepted)
            .Where(p => p.JobId != job.Id)
            .Select(p => db.Jobs.Find(p.JobId))
            .FirstOrDefault(j => j is not null && j.WorkDate == day && j.TakerIds.Contains(workerId) && j.Status is JobStatus.Published or JobStatus.Filled);
    }

    /// <summary>The one place a full number passes: the taker's, to the employer of the accepted job; audited.</summary>
    private void TellEmployer(JobPost job, Person worker, Person? employer)
    {
        var takerName = JobContacts.NameOf(worker);
        var takerPhone = worker.Phone ?? "（未留电话，请等师傅联系您）";
        var (_, employerPhone) = JobContacts.Of(job, employer);
        db.WriteAudit(
            "system",
            "contact.handover",
            $"job:{job.Id}",
            $"worker:{worker.Id} phone {PhoneMask.Mask(worker.Phone)} to employer:{job.EmployerId}; employer phone {PhoneMask.Mask(employerPhone)} to worker");
        Notices.Tell(db, employer, MessageTemplates.TakerFound, [Notices.Label(db, job), takerName, takerPhone], $"taker:{job.Id}:{worker.Id}");
    }

    private TakeUpResult TakenReply(TakeUpOutcome outcome, JobPost job, Person? employer)
    {
        var (name, phone) = JobContacts.Of(job, employer);
        var place = JobWords.Place(job, 12);
        var what = $"{JobWords.When(job, ChinaTime.Today(db.Time))}{JobWords.Kind(job)}{(place.Length > 0 ? "，" + place : "")}，{JobWords.Pay(job)}";
        string[] variables = [what, name, phone ?? "（请在微信里联系）", job.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var prefix = MapLinks.ShortPrefix(options.Value.PublicBaseUrl);
        return new TakeUpResult(outcome, job, MessageTemplates.JobTaken.Render(variables, prefix))
        {
            ReplyTemplate = MessageTemplates.JobTaken,
            ReplyVariables = variables,
            ReplyLinkPrefix = prefix,
        };
    }
}
