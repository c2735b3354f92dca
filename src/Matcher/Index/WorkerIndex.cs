namespace ZeroWork.Matcher.Index;

/// <summary>Active workers in a uniform grid of <see cref="WorkerCell"/>s. Chosen over NTS's STRtree (see docs/benchmarks.md, "Match"): it takes single inserts and removals, which the STRtree cannot after its first query, and scans fewer bytes per worker.</summary>
public sealed class WorkerIndex(double cellMeters = WorkerIndex.DefaultCellMeters)
{
    public const double DefaultCellMeters = 1000;

    /// <summary>Flat distances inside a cell can be a little shorter than the cell's lower bound; pruning allows for it.</summary>
    private const double PruneSlackMeters = 10;

    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<long, WorkerCell> cells = [];

    // Where each worker is, by id (ids are the store's dense auto-increment keys): the cell and the position in it.
    private WorkerCell?[] cellOf = [];
    private int[] posOf = [];

    public GridGeometry Geometry { get; } = new(cellMeters);

    public int Count { get; private set; }

    /// <summary>Replaces the content with <paramref name="entries"/>: sorted by cell once, so each cell is allocated at its exact size and filled in one sequential pass.</summary>
    public void Build(IReadOnlyList<WorkerEntry> entries)
    {
        var keys = new long[entries.Count];
        var order = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (x, y) = Geometry.CellOf(entries[i].Lat, entries[i].Lng);
            keys[i] = GridGeometry.Key(x, y);
            order[i] = i;
        }

        Array.Sort(keys, order);
        gate.EnterWriteLock();
        try
        {
            cells.Clear();
            Count = 0;
            var maxId = entries.Count == 0 ? -1 : entries.Max(e => e.Id);
            cellOf = new WorkerCell?[maxId + 1];
            posOf = new int[maxId + 1];
            for (var start = 0; start < keys.Length;)
            {
                var end = start;
                while (end < keys.Length && keys[end] == keys[start])
                {
                    end++;
                }

                var cell = new WorkerCell(end - start);
                cells[keys[start]] = cell;
                for (var i = start; i < end; i++)
                {
                    var e = entries[order[i]];

                    // A repeated id keeps its last entry, as a run of upserts would.
                    RemoveLocked(e.Id);
                    AddLocked(cell, e);
                }

                start = end;
            }
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    /// <summary>Adds the worker or moves and refreshes them.</summary>
    public void Upsert(in WorkerEntry entry)
    {
        gate.EnterWriteLock();
        try
        {
            RemoveLocked(entry.Id);
            var (x, y) = Geometry.CellOf(entry.Lat, entry.Lng);
            var key = GridGeometry.Key(x, y);
            if (!cells.TryGetValue(key, out var cell))
            {
                cell = new WorkerCell(4);
                cells[key] = cell;
            }

            AddLocked(cell, entry);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public bool Remove(int id)
    {
        gate.EnterWriteLock();
        try
        {
            return RemoveLocked(id);
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public bool Contains(int id)
    {
        gate.EnterReadLock();
        try
        {
            return id >= 0 && id < cellOf.Length && cellOf[id] is not null;
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>The best <see cref="WorkerQuery.Limit"/> workers who fit, best first. Cells are visited nearest first, and the visit stops once no one farther away could outscore the worst of the best found so far.</summary>
    public Candidate[] Find(WorkerQuery q)
    {
        var top = new TopCandidates(q.Limit);
        var visit = new List<(double MinDistance, WorkerCell Cell)>();
        gate.EnterReadLock();
        try
        {
            var (minX, minY, maxX, maxY) = Geometry.CellsAround(q.Lat, q.Lng, q.RadiusMeters);
            for (var x = minX; x <= maxX; x++)
            {
                for (var y = minY; y <= maxY; y++)
                {
                    if (cells.TryGetValue(GridGeometry.Key(x, y), out var cell) && cell.Count > 0)
                    {
                        var near = Geometry.MinDistanceToCell(q.Lat, q.Lng, x, y);
                        if (near <= q.RadiusMeters)
                        {
                            visit.Add((near, cell));
                        }
                    }
                }
            }

            visit.Sort((a, b) => a.MinDistance.CompareTo(b.MinDistance));
            foreach (var (near, cell) in visit)
            {
                // Sorted by distance, so once a cell cannot compete, none after it can.
                if (top.IsFull && Ranking.UpperBound(near - PruneSlackMeters, q.RadiusMeters) < top.MinScore)
                {
                    break;
                }

                cell.Scan(q, top);
            }
        }
        finally
        {
            gate.ExitReadLock();
        }

        return top.ToArray(q);
    }

    /// <summary>Bytes held by the cells, the locator arrays and the cell table (an estimate from capacities, for the memory report).</summary>
    public long EstimatedBytes()
    {
        gate.EnterReadLock();
        try
        {
            return cells.Values.Sum(c => c.Bytes + 120) + (cellOf.Length * 12L) + (cells.Count * 24L);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    private void AddLocked(WorkerCell cell, in WorkerEntry e)
    {
        if (e.Id >= cellOf.Length)
        {
            var size = Math.Max(e.Id + 1, cellOf.Length * 2);
            Array.Resize(ref cellOf, size);
            Array.Resize(ref posOf, size);
        }

        cellOf[e.Id] = cell;
        posOf[e.Id] = cell.Add(e);
        Count++;
    }

    private bool RemoveLocked(int id)
    {
        if (id < 0 || id >= cellOf.Length || cellOf[id] is not { } cell)
        {
            return false;
        }

        var moved = cell.RemoveAt(posOf[id]);
        if (moved >= 0)
        {
            posOf[moved] = posOf[id];
        }

        cellOf[id] = null;
        Count--;
        return true;
    }
}
