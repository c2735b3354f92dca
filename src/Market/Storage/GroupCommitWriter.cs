using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using LiteDB;
using ZeroWork.Market.Events;

namespace ZeroWork.Market.Storage;

/// <summary>
/// The single writer of the store. Callers hand it synchronous units of work; it runs every unit waiting at that moment in
/// one LiteDB transaction and commits once (group commit). A LiteDB commit flushes to disk and costs milliseconds, so one
/// commit per inbound message caps the service at a few hundred messages a second; batching lifts that by an order of
/// magnitude while every caller still returns only after its own work is durable. A unit that throws rolls the batch
/// back; the other units are then run again without it, and it alone gets the exception.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private const int MaxBatch = 256;

    [ThreadStatic]
    private static List<MarketEvent>? currentEvents;

    [ThreadStatic]
    private static bool onWriter;

    private readonly LiteDatabase database;
    private readonly BlockingCollection<Unit> queue = new();
    private readonly Thread thread;
    private int disposed;
    private long rollbacks;

    public GroupCommitWriter(LiteDatabase database)
    {
        this.database = database;
        thread = new Thread(Run) { IsBackground = true, Name = "zerowork-store-writer" };
        thread.Start();
    }

    /// <summary>How many transactions were rolled back since the store opened; caches built from reads inside a transaction compare it to know whether what they read may never have committed.</summary>
    public long Rollbacks => Interlocked.Read(ref rollbacks);

    /// <summary>Events raised by the unit running on this thread, or null outside the writer.</summary>
    public static List<MarketEvent>? CurrentEvents => onWriter ? currentEvents : null;

    /// <summary>Runs <paramref name="work"/> inside a committed transaction and returns its result with the events it raised. Nested calls (from inside a unit) join the running transaction.</summary>
    public (T Result, IReadOnlyList<MarketEvent> Events) Execute<T>(Func<T> work, bool transactional = true)
    {
        if (onWriter)
        {
            return (work(), []);
        }

        // Wait on the completion source itself: the writer thread completes it, so no pool thread is needed to wake this one
        // (going through ExecuteAsync would, and callers blocking on the pool could then starve it).
        var unit = new Unit(() => work(), transactional);
        queue.Add(unit);
        unit.Done.Task.GetAwaiter().GetResult();
        return Outcome<T>(unit);
    }

    /// <summary>As <see cref="Execute{T}"/>, but the caller's thread is free while the unit waits for its batch's commit: a request thread that blocks here holds a pool thread for every message in flight.</summary>
    public Task<(T Result, IReadOnlyList<MarketEvent> Events)> ExecuteAsync<T>(Func<T> work, bool transactional = true)
    {
        if (onWriter)
        {
            return Task.FromResult<(T, IReadOnlyList<MarketEvent>)>((work(), []));
        }

        var unit = new Unit(() => work(), transactional);
        queue.Add(unit);
        return Completed<T>(unit);
    }

    private static async Task<(T Result, IReadOnlyList<MarketEvent> Events)> Completed<T>(Unit unit)
    {
        await unit.Done.Task.ConfigureAwait(false);
        return Outcome<T>(unit);
    }

    private static (T Result, IReadOnlyList<MarketEvent> Events) Outcome<T>(Unit unit)
    {
        if (unit.Error is not null)
        {
            ExceptionDispatchInfo.Throw(unit.Error);
        }

        return ((T)unit.Result!, unit.Events);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        queue.CompleteAdding();
        thread.Join();
        queue.Dispose();
    }

    private void Run()
    {
        onWriter = true;
        foreach (var first in queue.GetConsumingEnumerable())
        {
            if (!first.Transactional)
            {
                RunAlone(first, transactional: false);
                continue;
            }

            var batch = new List<Unit> { first };
            while (batch.Count < MaxBatch && queue.TryTake(out var next))
            {
                if (!next.Transactional)
                {
                    RunBatch(batch);
                    batch.Clear();
                    RunAlone(next, transactional: false);
                    continue;
                }

                batch.Add(next);
            }

            if (batch.Count > 0)
            {
                RunBatch(batch);
            }
        }
    }

    private void RunBatch(List<Unit> batch)
    {
        while (batch.Count > 0)
        {
            if (batch.Count == 1)
            {
                RunAlone(batch[0], transactional: true);
                return;
            }

            database.BeginTrans();
            Unit? failed = null;
            foreach (var unit in batch)
            {
                if (!TryRun(unit))
                {
                    failed = unit;
                    break;
                }
            }

            if (failed is null)
            {
                try
                {
                    database.Commit();
                }
                catch (Exception ex)
                {
                    // The commit itself failed (disk full, I/O error): nothing of this batch is stored.
                    Rollback();
                    batch.ForEach(u => Finish(u, ex));
                    return;
                }

                batch.ForEach(u => Finish(u, null));
                return;
            }

            Rollback();
            Finish(failed, failed.Error);
            batch.Remove(failed);
            batch.ForEach(u => u.Reset());
        }
    }

    private void RunAlone(Unit unit, bool transactional)
    {
        if (transactional)
        {
            database.BeginTrans();
        }

        if (!TryRun(unit))
        {
            if (transactional)
            {
                Rollback();
            }

            Finish(unit, unit.Error);
            return;
        }

        try
        {
            if (transactional)
            {
                database.Commit();
            }

            Finish(unit, null);
        }
        catch (Exception ex)
        {
            Rollback();
            Finish(unit, ex);
        }
    }

    private static bool TryRun(Unit unit)
    {
        currentEvents = unit.Events;
        try
        {
            unit.Result = unit.Work();
            return true;
        }
        catch (Exception ex)
        {
            unit.Error = ex;
            return false;
        }
        finally
        {
            currentEvents = null;
        }
    }

    private void Rollback()
    {
        Interlocked.Increment(ref rollbacks);
        try
        {
            database.Rollback();
        }
        catch (LiteException)
        {
        }
    }

    private static void Finish(Unit unit, Exception? error)
    {
        unit.Error = error;
        if (error is not null)
        {
            unit.Events.Clear();
        }

        unit.Done.TrySetResult();
    }

    private sealed class Unit(Func<object?> work, bool transactional)
    {
        public Func<object?> Work { get; } = work;

        public bool Transactional { get; } = transactional;

        public List<MarketEvent> Events { get; } = [];

        // Continuations run on the pool, never inline on the writer thread.
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public object? Result { get; set; }

        public Exception? Error { get; set; }

        public void Reset()
        {
            Events.Clear();
            Result = null;
            Error = null;
        }
    }
}
