using LiteDB;
using ZeroWork.Market.Jobs;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteJobPosts(ILiteCollection<JobPost> jobs) : IJobPostStore
{
    public JobPost? Find(int id) => jobs.FindById(id);

    // LiteDB reads from a snapshot: reading for update holds the collection's write lock until the transaction ends, so no change made meanwhile is overwritten.
    public JobPost? FindForUpdate(int id) => jobs.Query().Where(j => j.Id == id).ForUpdate().FirstOrDefault();

    public int Insert(JobPost post) => jobs.Insert(post).AsInt32;

    public void Update(JobPost post) => jobs.Update(post);

    public IEnumerable<JobPost> WithStatus(JobStatus status) => jobs.Find(StoreQuery.Equal(nameof(JobPost.Status), status.ToString()));

    public IEnumerable<JobPost> OfEmployer(int employerId) =>
        jobs.Find(j => j.EmployerId == employerId).OrderByDescending(j => j.CreatedAt).ThenByDescending(j => j.Id);

    public IEnumerable<JobPost> OnDate(string workDate) => jobs.Find(j => j.WorkDate == workDate);

    public IEnumerable<JobPost> CreatedBetween(DateTime fromUtc, DateTime toUtc) =>
        jobs.Find(j => j.CreatedAt >= fromUtc && j.CreatedAt < toUtc).OrderBy(j => j.CreatedAt).ThenBy(j => j.Id);

    public int CountSameDescription(string description, int exceptId, DateTime sinceUtc) =>
        jobs.Count(j => j.Description == description && j.Id != exceptId && j.CreatedAt >= sinceUtc);

    public IEnumerable<JobPost> All() => jobs.FindAll();

    public long Count() => jobs.LongCount();

    public IReadOnlyDictionary<JobStatus, long> CountByStatus() =>
        Enum.GetValues<JobStatus>().ToDictionary(s => s, s => (long)jobs.Count(StoreQuery.Equal(nameof(JobPost.Status), s.ToString())));
}
