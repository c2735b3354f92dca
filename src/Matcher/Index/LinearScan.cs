namespace ZeroWork.Matcher.Index;

/// <summary>The baseline: every worker in one flat set of arrays, all scanned with the index's own filters.</summary>
public sealed class LinearScan
{
    private readonly WorkerCell all;

    public LinearScan(IReadOnlyList<WorkerEntry> entries)
    {
        all = new WorkerCell(entries.Count);
        foreach (var e in entries)
        {
            all.Add(e);
        }
    }

    public Candidate[] Find(WorkerQuery q)
    {
        var top = new TopCandidates(q.Limit);
        all.Scan(q, top);
        return top.ToArray(q);
    }
}
