using ZeroWork.Market.Jobs;
using ZeroWork.Market.Storage;

namespace ZeroWork.Matcher.Index;

/// <summary>The two in-memory indexes and how they follow the store: a full load at start, then one refresh per changed person or post, re-read from the store whichever node changed it (events relayed from other nodes sharing the database included).</summary>
public sealed class MarketIndexes(IMarketStore db, WorkerIndex workers, OpenJobIndex jobs)
{
    public WorkerIndex Workers { get; } = workers;

    public OpenJobIndex Jobs { get; } = jobs;

    public void Load()
    {
        var entries = new List<WorkerEntry>();
        foreach (var person in db.People.Workers())
        {
            if (WorkerEntry.From(person) is { } entry)
            {
                entries.Add(entry);
            }
        }

        Workers.Build(entries);
        Jobs.Build(db.Jobs.WithStatus(JobStatus.Published));
    }

    /// <summary>Re-reads one person; returns their entry when they are an active worker.</summary>
    public WorkerEntry? RefreshPerson(int personId)
    {
        var person = db.People.Find(personId);
        if (person is not null && WorkerEntry.From(person) is { } entry)
        {
            Workers.Upsert(entry);
            return entry;
        }

        Workers.Remove(personId);
        return null;
    }

    /// <summary>Re-reads one post; returns it when it is open.</summary>
    public JobPost? RefreshJob(int jobId)
    {
        var job = db.Jobs.Find(jobId);
        if (job is null)
        {
            Jobs.Remove(jobId);
            return null;
        }

        Jobs.Apply(job);
        return job.IsOpen ? job : null;
    }
}
