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
/// back; the other units are then run again without it, and it alone gets the exception. A write that fails at the disk
/// (full, I/O error) fails its batch with <see cref="StoreUnavailableException"/> and never ends this thread: the engine is
/// reopened before the next batch, so the service recovers by itself once space frees.
/// </summary>
internal sealed class GroupCommitWriter : IDisposable
{
    private const int MaxBatch = 256;

    [ThreadStatic]
    private static List<MarketEvent>? currentEvents;

    [ThreadStatic]
    private static bool onWriter;

    private readonly LiteDatabase database;
    private readonly RecoverableEngine? engine;
    private readonly BlockingCollection<Unit> queue = new();
    private readonly Thread thread;
    private int disposed;
    private long rollbacks;
    private volatile bool failing;

    public GroupCommitWriter(LiteDatabase database, RecoverableEngine? engine = null)
    {
        this.database = database;
        this.engine = engine;
        thread = new Thread(Run) { IsBackground = true, Name = "zerowork-store-writer" };
        thread.Start();
    }

    /// <summary>How many transactions were rolled back since the store opened; caches built from reads inside a transaction compare it to know whether what they read may never have committed.</summary>
    public long Rollbacks => Interlocked.Read(ref rollbacks);

    /// <summary>True from a write that failed at the disk until the next commit that succeeds.</summary>
    public bool WritesFailing => failing;

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
            try
            {
                RunFrom(first);
            }
            catch (Exception ex)
            {
                // Nothing may end the writer thread (an unhandled exception here aborts the process); whoever waits hears of it.
                MarkBroken();
                Finish(first, Unavailable(ex));
            }
        }
    }

    private void RunFrom(Unit first)
    {
        if (!first.Transactional)
        {
            RunAlone(first, transactional: false);
            return;
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

    private void RunBatch(List<Unit> batch)
    {
        while (batch.Count > 0)
        {
            if (!EnsureOpen())
            {
                batch.ForEach(u => Finish(u, Unavailable(engine?.ReopenError)));
                return;
            }

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
                    MarkBroken();
                    Rollback();
                    batch.ForEach(u => Finish(u, Unavailable(ex)));
                    return;
                }

                failing = false;
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
        if (!EnsureOpen())
        {
            Finish(unit, Unavailable(engine?.ReopenError));
            return;
        }

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
                failing = false;
            }

            Finish(unit, null);
        }
        catch (Exception ex)
        {
            MarkBroken();
            Rollback();
            Finish(unit, Unavailable(ex));
        }
    }

    private bool TryRun(Unit unit)
    {
        currentEvents = unit.Events;
        try
        {
            unit.Result = unit.Work();
            return true;
        }
        catch (IOException ex)
        {
            // The disk refused a page LiteDB had to write mid-transaction (it spills large ones to the log).
            MarkBroken();
            unit.Error = Unavailable(ex);
            return false;
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
        catch (Exception)
        {
            // After a failed write LiteDB's rollback itself throws (it writes to the same full disk); the engine is reopened instead.
            MarkBroken();
        }
    }

    private void MarkBroken() => engine?.MarkBroken();

    /// <summary>Reopens the engine after a failed write; false while the file still cannot be opened.</summary>
    private bool EnsureOpen() => engine is not { Broken: true } || engine.Reopen();

    private StoreUnavailableException Unavailable(Exception? cause)
    {
        failing = true;
        return cause as StoreUnavailableException ?? new StoreUnavailableException("数据库暂时无法写入（磁盘已满或读写出错），本次内容未保存，请稍后重试", cause);
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
