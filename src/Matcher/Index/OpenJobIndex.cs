using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;

namespace ZeroWork.Matcher.Index;

/// <summary>Open posts (published, not full) by id, and those with a point in a grid for "what is near me". Posts are immutable records, so readers get a consistent copy.</summary>
public sealed class OpenJobIndex(double cellMeters = WorkerIndex.DefaultCellMeters)
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<int, JobPost> jobs = [];
    private readonly Dictionary<long, List<int>> cells = [];

    public GridGeometry Geometry { get; } = new(cellMeters);

    public int Count
    {
        get
        {
            gate.EnterReadLock();
            try
            {
                return jobs.Count;
            }
            finally
            {
                gate.ExitReadLock();
            }
        }
    }

    public void Build(IEnumerable<JobPost> posts)
    {
        gate.EnterWriteLock();
        try
        {
            jobs.Clear();
            cells.Clear();
            foreach (var post in posts.Where(p => p.IsOpen))
            {
                AddLocked(post);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Keeps the post if it is open, drops it otherwise.</summary>
    public void Apply(JobPost post)
    {
        gate.EnterWriteLock();
        try
        {
            RemoveLocked(post.Id);
            if (post.IsOpen)
            {
                AddLocked(post);
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void Remove(int jobId)
    {
        gate.EnterWriteLock();
        try
        {
            RemoveLocked(jobId);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public JobPost? Get(int jobId)
    {
        gate.EnterReadLock();
        try
        {
            return jobs.GetValueOrDefault(jobId);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    public IReadOnlyList<JobPost> All()
    {
        gate.EnterReadLock();
        try
        {
            return [.. jobs.Values];
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>Open posts within <paramref name="radiusMeters"/> of the point on the sphere, nearest first.</summary>
    public IReadOnlyList<(JobPost Job, double DistanceMeters)> Near(GeoPoint from, double radiusMeters)
    {
        var found = new List<(JobPost, double)>();
        gate.EnterReadLock();
        try
        {
            var (minX, minY, maxX, maxY) = Geometry.CellsAround(from.Lat, from.Lng, radiusMeters);
            for (var x = minX; x <= maxX; x++)
            {
                for (var y = minY; y <= maxY; y++)
                {
                    if (!cells.TryGetValue(GridGeometry.Key(x, y), out var ids))
                    {
                        continue;
                    }

                    foreach (var id in ids)
                    {
                        var job = jobs[id];
                        var d = GeoMath.DistanceMeters(from.Lat, from.Lng, job.Point!.Lat, job.Point.Lng);
                        if (d <= radiusMeters)
                        {
                            found.Add((job, d));
                        }
                    }
                }
            }
        }
        finally
        {
            gate.ExitReadLock();
        }

        found.Sort((a, b) => a.Item2 != b.Item2 ? a.Item2.CompareTo(b.Item2) : a.Item1.Id.CompareTo(b.Item1.Id));
        return found;
    }

    private void AddLocked(JobPost post)
    {
        jobs[post.Id] = post;
        if (post.Point is { } p)
        {
            var (x, y) = Geometry.CellOf(p.Lat, p.Lng);
            var key = GridGeometry.Key(x, y);
            if (!cells.TryGetValue(key, out var list))
            {
                list = [];
                cells[key] = list;
            }

            list.Add(post.Id);
        }
    }

    private void RemoveLocked(int jobId)
    {
        if (!jobs.Remove(jobId, out var old) || old.Point is not { } p)
        {
            return;
        }

        var (x, y) = Geometry.CellOf(p.Lat, p.Lng);
        var key = GridGeometry.Key(x, y);
        if (cells.TryGetValue(key, out var list))
        {
            list.Remove(jobId);
            if (list.Count == 0)
            {
                cells.Remove(key);
            }
        }
    }
}
