using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Storage;

/// <summary>One row per job and worker (<see cref="Push.Key"/> is unique): a worker hears of a job at most once, whichever node planned it.</summary>
public interface IPushStore
{
    Push? ByKey(string key);

    /// <summary>Reads a push to change it; the row stays locked for the rest of the unit.</summary>
    Push? ByKeyForUpdate(string key);

    bool Exists(string key);

    /// <summary>Stores a new push and returns its id; a second push with the same key is refused by the store.</summary>
    long Insert(Push push);

    void Update(Push push);

    IEnumerable<Push> OfJob(int jobId);

    IEnumerable<Push> OfJob(int jobId, PushState state);

    /// <summary>Whether any push of this job belongs to <paramref name="wave"/> (a wave once planned is never planned again).</summary>
    bool AnyInWave(int jobId, int wave);

    IEnumerable<Push> OfWorker(int workerId, PushState state);

    /// <summary>Pushes a worker was sent since <paramref name="sinceUtc"/> (the daily cap).</summary>
    int CountForWorkerSince(int workerId, DateTime sinceUtc);

    /// <summary>Pushes created in [from, to).</summary>
    IEnumerable<Push> CreatedBetween(DateTime fromUtc, DateTime toUtc);

    /// <summary>Accepted pushes answered in [from, to).</summary>
    IEnumerable<Push> AcceptedBetween(DateTime fromUtc, DateTime toUtc);

    long Count();

    /// <summary>Every push, by id (exports and tests).</summary>
    IEnumerable<Push> All();
}
