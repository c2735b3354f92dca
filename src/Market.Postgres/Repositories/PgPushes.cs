using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgPushes(DocTable<Push> pushes) : IPushStore
{
    public Push? ByKey(string key) => pushes.One("WHERE key = @p0", false, key);

    public Push? ByKeyForUpdate(string key) => pushes.One("WHERE key = @p0", true, key);

    public bool Exists(string key) => pushes.Exists("WHERE key = @p0", key);

    public long Insert(Push push) => pushes.Insert(push);

    public void Update(Push push) => pushes.Update(push);

    public IEnumerable<Push> OfJob(int jobId) => pushes.Many("WHERE job_id = @p0 ORDER BY id", jobId);

    public IEnumerable<Push> OfJob(int jobId, PushState state) => pushes.Many("WHERE job_id = @p0 AND state = @p1 ORDER BY id", jobId, state.ToString());

    public bool AnyInWave(int jobId, int wave) => pushes.Exists("WHERE job_id = @p0 AND wave = @p1", jobId, wave);

    public IEnumerable<Push> OfWorker(int workerId, PushState state) => pushes.Many("WHERE worker_id = @p0 AND state = @p1 ORDER BY id", workerId, state.ToString());

    public int CountForWorkerSince(int workerId, DateTime sinceUtc) => (int)pushes.Count("WHERE worker_id = @p0 AND created_at >= @p1", workerId, sinceUtc);

    public IEnumerable<Push> CreatedBetween(DateTime fromUtc, DateTime toUtc) =>
        pushes.Many("WHERE created_at >= @p0 AND created_at < @p1 ORDER BY id", fromUtc, toUtc);

    public IEnumerable<Push> AcceptedBetween(DateTime fromUtc, DateTime toUtc) =>
        pushes.Many("WHERE state = 'Accepted' AND answered_at >= @p0 AND answered_at < @p1 ORDER BY id", fromUtc, toUtc);

    public long Count() => pushes.Count();

    public IEnumerable<Push> All() => pushes.Many("ORDER BY id");
}
