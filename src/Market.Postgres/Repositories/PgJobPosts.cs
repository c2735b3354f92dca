using ZeroWork.Market.Jobs;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgJobPosts(DocTable<JobPost> jobs) : IJobPostStore
{
    public JobPost? Find(int id) => jobs.ById(id);

    public JobPost? FindForUpdate(int id) => jobs.ById(id, forUpdate: true);

    public int Insert(JobPost post) => (int)jobs.Insert(post);

    public void Update(JobPost post) => jobs.Update(post);

    public IEnumerable<JobPost> WithStatus(JobStatus status) => jobs.Many("WHERE status = @p0 ORDER BY id", status.ToString());

    public IEnumerable<JobPost> OfEmployer(int employerId) => jobs.Many("WHERE employer_id = @p0 ORDER BY created_at DESC, id DESC", employerId);

    public IEnumerable<JobPost> OnDate(string workDate) => jobs.Many("WHERE work_date = @p0 ORDER BY id", workDate);

    public IEnumerable<JobPost> CreatedBetween(DateTime fromUtc, DateTime toUtc) =>
        jobs.Many("WHERE created_at >= @p0 AND created_at < @p1 ORDER BY created_at, id", fromUtc, toUtc);

    public int CountSameDescription(string description, int exceptId, DateTime sinceUtc) =>
        (int)jobs.Count("WHERE description = @p0 AND id <> @p1 AND created_at >= @p2", description, exceptId, sinceUtc);

    public IEnumerable<JobPost> All() => jobs.Many("ORDER BY id");

    public long Count() => jobs.Count();

    public IReadOnlyDictionary<JobStatus, long> CountByStatus()
    {
        var counted = jobs.Session.Execute("SELECT status, count(*) FROM jobs GROUP BY status", [], command =>
        {
            using var reader = command.ExecuteReader();
            var rows = new Dictionary<string, long>();
            while (reader.Read())
            {
                rows[reader.GetString(0)] = reader.GetInt64(1);
            }

            return rows;
        });
        return Enum.GetValues<JobStatus>().ToDictionary(s => s, s => counted.GetValueOrDefault(s.ToString()));
    }
}
