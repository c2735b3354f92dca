using ZeroWork.Market.Jobs;
using ZeroWork.Market.Storage;

namespace ZeroWork.Matcher.TakeUp;

/// <summary>Reading a post to change it: LiteDB reads from a snapshot, so two transactions could each change a stale copy and one change would be lost. Reading for update holds the posts' write lock until the transaction ends.</summary>
public static class PostLock
{
    public static JobPost? ReadForUpdate(this MarketDb db, int jobId) =>
        db.Jobs.Query().Where(j => j.Id == jobId).ForUpdate().FirstOrDefault();
}
