using ZeroWork.Market.Jobs;

namespace ZeroWork.Market.Storage;

/// <summary>Job posts in every state.</summary>
public interface IJobPostStore
{
    JobPost? Find(int id);

    /// <summary>Reads a post to change it (take-up, closing, expiry): the row stays locked for the rest of the unit, so two takers racing for the last place are decided one after the other, on any node.</summary>
    JobPost? FindForUpdate(int id);

    /// <summary>Stores a new post and returns its id.</summary>
    int Insert(JobPost post);

    void Update(JobPost post);

    IEnumerable<JobPost> WithStatus(JobStatus status);

    /// <summary>An employer's posts, newest first.</summary>
    IEnumerable<JobPost> OfEmployer(int employerId);

    /// <summary>Posts whose work date (China date, yyyy-MM-dd) is <paramref name="workDate"/>.</summary>
    IEnumerable<JobPost> OnDate(string workDate);

    /// <summary>Posts created in [from, to), oldest first.</summary>
    IEnumerable<JobPost> CreatedBetween(DateTime fromUtc, DateTime toUtc);

    /// <summary>How many other posts since <paramref name="sinceUtc"/> carry exactly this description (repeat detection when vetting).</summary>
    int CountSameDescription(string description, int exceptId, DateTime sinceUtc);

    /// <summary>Every post, by id (the admin list filters and pages this).</summary>
    IEnumerable<JobPost> All();

    long Count();

    IReadOnlyDictionary<JobStatus, long> CountByStatus();
}
