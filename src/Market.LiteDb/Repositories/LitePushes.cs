using LiteDB;
using ZeroWork.Market.Messaging;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LitePushes(ILiteCollection<Push> pushes) : IPushStore
{
    public Push? ByKey(string key) => pushes.FindOne(StoreQuery.Equal(nameof(Push.Key), key));

    public Push? ByKeyForUpdate(string key) => pushes.Query().Where(p => p.Key == key).ForUpdate().FirstOrDefault();

    public bool Exists(string key) => pushes.Exists(StoreQuery.Equal(nameof(Push.Key), key));

    public long Insert(Push push) => pushes.Insert(push).AsInt64;

    public void Update(Push push) => pushes.Update(push);

    public IEnumerable<Push> OfJob(int jobId) => pushes.Find(p => p.JobId == jobId);

    public IEnumerable<Push> OfJob(int jobId, PushState state) => pushes.Find(p => p.JobId == jobId && p.State == state);

    public bool AnyInWave(int jobId, int wave) => pushes.Exists(p => p.JobId == jobId && p.Wave == wave);

    public IEnumerable<Push> OfWorker(int workerId, PushState state) => pushes.Find(p => p.WorkerId == workerId && p.State == state);

    public int CountForWorkerSince(int workerId, DateTime sinceUtc) => pushes.Count(p => p.WorkerId == workerId && p.CreatedAt >= sinceUtc);

    public IEnumerable<Push> CreatedBetween(DateTime fromUtc, DateTime toUtc) => pushes.Find(p => p.CreatedAt >= fromUtc && p.CreatedAt < toUtc);

    public IEnumerable<Push> AcceptedBetween(DateTime fromUtc, DateTime toUtc) =>
        pushes.Find(p => p.State == PushState.Accepted && p.AnsweredAt >= fromUtc && p.AnsweredAt < toUtc);

    public long Count() => pushes.LongCount();

    public IEnumerable<Push> All() => pushes.FindAll();
}
