using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.Storage;
using ZeroWork.Market.Time;
using ZeroWork.Matcher.Index;

namespace ZeroWork.Matcher.Planning;

/// <summary>Chooses who hears of a post and writes each push (a <see cref="Push"/> and its outbox message) in one transaction: one push per post per worker ever, a daily cap per worker, quiet hours for SMS.</summary>
public sealed class PushPlanner(IMarketStore db, MarketIndexes indexes, IOptions<MatcherOptions> options, ILogger<PushPlanner> logger)
{
    /// <summary>Pull pushes are not part of a wave.</summary>
    public const int PullWave = 0;

    /// <summary>The wave that refills the place given back by the n-th withdrawal of a post is <c>RefillWaveBase + n</c>, apart from waves 1 and 2.</summary>
    public const int RefillWaveBase = 100;

    private MatcherOptions Options => options.Value;

    /// <summary>
    /// Pushes wave <paramref name="wave"/> of a post: <c>WaveFactor</c> × places still open, best ranked first. The first wave
    /// runs once per post. The whole wave is one transaction, so a crash leaves all of its pushes or none, and a post with no
    /// push of wave 1 is planned again at start (see <c>MatcherEventPump</c>): a wave cut off by a kill used to stay short forever.
    /// Nodes sharing a database may plan the same wave at once (each recovering it at start, or each sweeping for second
    /// waves); nothing here locks against that: the push key and the outbox idempotency key are unique in the store, so the
    /// later unit's insert fails, the provider runs the unit again, and the rerun finds the wave planned and writes nothing.
    /// </summary>
    /// <returns>Pushes written.</returns>
    public int PlanWave(int jobId, int wave)
    {
        var (written, need) = db.InTransaction(() =>
        {
            var planned = PlanInTransaction(jobId, wave);
            if (wave == 1 && planned.Need > 0 && planned.Written == 0)
            {
                TakeUp.Notices.NobodyNearby(db, jobId);
            }

            return planned;
        });
        if (need > 0)
        {
            logger.LogInformation("Job {JobId} wave {Wave}: {Written} pushes of {Need} wanted", jobId, wave, written, need);
        }

        return written;
    }

    /// <summary>
    /// Pushes a place a taker gave back ("去不了了") to the next best workers not yet pushed, inside the caller's unit (the
    /// withdrawal's), so the place and its wave commit together or not at all: a kill between them can't leave a reopened place
    /// nobody hears of. Each withdrawal has its own wave number, counted from the post's withdrawn pushes, so a rerun of the
    /// unit finds that wave planned and writes nothing.
    /// </summary>
    /// <returns>Pushes written.</returns>
    public int PlanRefill(int jobId) => db.InTransaction(() =>
    {
        var withdrawals = db.Pushes.OfJob(jobId).Count(p => p.State == PushState.Withdrawn);
        return withdrawals == 0 ? 0 : PlanInTransaction(jobId, RefillWaveBase + withdrawals).Written;
    });

    /// <summary>A new worker hears at once of the nearest open posts that fit them (counts toward the cap).</summary>
    public int Pull(int workerId)
    {
        var person = db.People.Find(workerId);
        if (person is null || WorkerEntry.From(person) is not { } worker || person.Worker?.Home is not { } home)
        {
            return 0;
        }

        var written = 0;
        foreach (var (job, distance) in indexes.Jobs.Near(home, Options.RadiusMeters))
        {
            if (written == Options.PullCount)
            {
                break;
            }

            if (JobQueries.Fits(job, worker) && TryPush(job.Id, workerId, distance, PullWave) == PushOutcome.Written)
            {
                written++;
            }
        }

        return written;
    }

    /// <summary>Writes one push, re-checking inside the transaction everything that may have changed since the index was read.</summary>
    public PushOutcome TryPush(int jobId, int workerId, double distanceMeters, int wave) => db.InTransaction(() =>
    {
        var job = db.Jobs.Find(jobId);
        if (job is not { IsOpen: true, Point: { } point })
        {
            return PushOutcome.JobNotOpen;
        }

        // A foreman who also works never hears of his own post.
        var worker = db.People.Find(workerId);
        // Sandbox posts are never published, so a simulator user has no post to hear of: every open post is a real one.
        if (worker is null || worker.OptedOut || worker.Worker is null || Sandbox.IsPerson(worker) || workerId == job.EmployerId)
        {
            return PushOutcome.NotAWorker;
        }

        // A push another unit is writing right now is not seen here; its key is unique, so this unit's insert then fails and the rerun sees it.
        var key = Push.KeyOf(jobId, workerId);
        if (db.Pushes.Exists(key))
        {
            return PushOutcome.AlreadyPushed;
        }

        var now = db.UtcNow;
        var dayStart = DayStart.ChinaDayStartUtc(now);
        if (db.Pushes.CountForWorkerSince(workerId, dayStart) >= Options.DailyCap)
        {
            return PushOutcome.Capped;
        }

        if (ChannelChooser.Choose(worker, now) is not { } route)
        {
            return PushOutcome.Unreachable;
        }

        (string link, string prefix) = route.Channel == OutboxChannel.Sms
            ? (jobId.ToString(System.Globalization.CultureInfo.InvariantCulture), MapLinks.ShortPrefix(Options.PublicBaseUrl))
            : (NavigationLink.Amap(point, job.PlaceText), "");
        var variables = PushText.Variables(job, distanceMeters, link, prefix, ChinaTime.Today(db.Time));
        var holdUntil = route.Channel == OutboxChannel.Sms ? QuietHours.EndIfQuiet(now, Options.QuietHours) : null;
        var message = db.Enqueue(new OutboxMessage
        {
            Channel = route.Channel,
            Address = route.Address,
            Template = MessageTemplates.JobPush.Name,
            Variables = variables,
            Text = MessageTemplates.JobPush.Render(variables, prefix),
            LinkPrefix = prefix,
            IdempotencyKey = $"push:{jobId}:{workerId}",
            Purpose = "push",
            State = holdUntil is null ? OutboxState.Pending : OutboxState.Deferred,
            NotBefore = holdUntil,
            PersonId = workerId,
        });
        db.Pushes.Insert(new Push
        {
            Key = key,
            JobId = jobId,
            WorkerId = workerId,
            Channel = route.Channel,
            State = PushState.Queued,
            DistanceMeters = distanceMeters,
            Wave = wave,
            CreatedAt = now,
            OutboxId = message.Id,
        });
        return PushOutcome.Written;
    });

    private (int Written, int Need) PlanInTransaction(int jobId, int wave)
    {
        var job = db.Jobs.Find(jobId);
        if (job is not { IsOpen: true, Point: not null })
        {
            return (0, 0);
        }

        var pushed = db.Pushes.OfJob(jobId).ToList();
        if (pushed.Any(p => p.Wave == wave))
        {
            return (0, 0);
        }

        var need = Options.WaveFactor * (job.Headcount - job.TakerIds.Count);
        var radius = wave >= 2 && Options.SecondWaveRadiusMeters is { } wider ? wider : Options.RadiusMeters;
        var tried = pushed.Select(p => p.WorkerId).ToHashSet();
        var written = 0;
        var limit = need * 2;
        while (written < need)
        {
            var candidates = indexes.Workers.Find(JobQueries.For(job, radius, limit, tried, db.UtcNow));
            foreach (var c in candidates)
            {
                tried.Add(c.WorkerId);
                if (TryPush(jobId, c.WorkerId, c.DistanceMeters, wave) == PushOutcome.Written && ++written == need)
                {
                    break;
                }
            }

            // Fewer than asked for means the index has no more who fit.
            if (candidates.Length < limit)
            {
                break;
            }

            limit *= 2;
        }

        return (written, need);
    }
}
