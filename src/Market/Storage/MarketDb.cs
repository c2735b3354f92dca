using LiteDB;
using LiteDB.Engine;
using ZeroWork.Market.Auditing;
using ZeroWork.Market.Consultations;
using ZeroWork.Market.Conversations;
using ZeroWork.Market.Events;
using ZeroWork.Market.Jobs;
using ZeroWork.Market.Messaging;
using ZeroWork.Market.People;
using ZeroWork.Market.Staff;
using ZeroWork.Market.Stations;
using ZeroWork.Market.Training;

namespace ZeroWork.Market.Storage;

/// <summary>The one <see cref="LiteDatabase"/> of the process and its typed collections. Work that must land together goes through <see cref="InTransaction{T}"/>; events raised inside a transaction are dispatched after it commits.</summary>
public sealed class MarketDb : IDisposable
{
    /// <summary>LiteDB's page: a file shorter than one is not a store, whatever its name.</summary>
    public const int PageSize = 8192;

    /// <summary>The suffix of a backup still being written; never a name a restore would pick.</summary>
    public const string PartialSuffix = ".partial";

    /// <summary>LiteDB's default: fold the log into the data file once it holds this many pages.</summary>
    private const int CheckpointPages = 1000;

    private readonly MarketEvents events;

    private readonly GroupCommitWriter writer;

    private readonly StoreLock? storeLock;

    private MarketDb(LiteDatabase db, RecoverableEngine engine, StoreLock? storeLock, MarketEvents events, TimeProvider time, string path)
    {
        Database = db;
        this.events = events;
        this.storeLock = storeLock;
        writer = new GroupCommitWriter(db, engine);
        Time = time;
        Path = path;
        People = db.GetCollection<Person>(Collections.People);
        Jobs = db.GetCollection<JobPost>(Collections.Jobs);
        Stations = db.GetCollection<Station>(Collections.Stations);
        Pushes = db.GetCollection<Push>(Collections.Pushes);
        Consultations = db.GetCollection<Consultation>(Collections.Consultations);
        Courses = db.GetCollection<TrainingCourse>(Collections.Courses);
        Enrolments = db.GetCollection<Enrolment>(Collections.Enrolments);
        Staff = db.GetCollection<StaffAccount>(Collections.Staff);
        Audit = db.GetCollection<AuditEntry>(Collections.Audit);
        Inbound = db.GetCollection<InboundMessage>(Collections.Inbound);
        Outbox = db.GetCollection<OutboxMessage>(Collections.Outbox);
        Conversations = db.GetCollection<ConversationState>(Collections.Conversations);
        Blocked = db.GetCollection<BlockedContact>(Collections.Blocked);
    }

    public LiteDatabase Database { get; }

    public TimeProvider Time { get; }

    public string Path { get; }

    public ILiteCollection<Person> People { get; }

    public ILiteCollection<JobPost> Jobs { get; }

    public ILiteCollection<Station> Stations { get; }

    public ILiteCollection<Push> Pushes { get; }

    public ILiteCollection<Consultation> Consultations { get; }

    public ILiteCollection<TrainingCourse> Courses { get; }

    public ILiteCollection<Enrolment> Enrolments { get; }

    public ILiteCollection<StaffAccount> Staff { get; }

    public ILiteCollection<AuditEntry> Audit { get; }

    public ILiteCollection<InboundMessage> Inbound { get; }

    public ILiteCollection<OutboxMessage> Outbox { get; }

    public ILiteCollection<ConversationState> Conversations { get; }

    public ILiteCollection<BlockedContact> Blocked { get; }

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    /// <summary>Transactions rolled back since the store opened (see <see cref="GroupCommitWriter.Rollbacks"/>).</summary>
    public long Rollbacks => writer.Rollbacks;

    /// <summary>True from a write that failed at the disk (full, I/O error) until a commit succeeds again.</summary>
    public bool WritesFailing => writer.WritesFailing;

    /// <summary>Opens (or creates) the file for writing, holding <c>&lt;file&gt;.lock</c> until disposed so no second process writes beside this one; upgrades its schema and ensures every index. Failures become one-line <see cref="StoreOpenException"/>s.</summary>
    public static MarketDb Open(string path, MarketEvents events, TimeProvider time) => Open(path, events, time, readOnly: false);

    /// <summary>Opens an existing file without writing anything, taking no lock: LiteDB reads the committed log in place and never checkpoints or deletes it, so a running service's file is safe to read.</summary>
    public static MarketDb OpenReadOnly(string path) => Open(path, new MarketEvents(), TimeProvider.System, readOnly: true);

    /// <summary>
    /// Reads an existing file read-only (see <see cref="OpenReadOnly"/>). While a running service holds the file, a read can
    /// meet the tail of a commit it is still writing to the log and fail; the attempt is then repeated on a fresh open
    /// (up to <paramref name="attempts"/> times, 100 ms apart). A file nobody holds fails at once.
    /// </summary>
    public static T ReadOnly<T>(string path, Func<MarketDb, T> read, int attempts = 30)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var db = OpenReadOnly(path);
                return read(db);
            }
            catch (Exception ex) when (ex is StoreOpenException or LiteException && attempt < attempts && StoreLock.IsHeld(System.IO.Path.GetFullPath(path)))
            {
                Thread.Sleep(100);
            }
        }
    }

    private static MarketDb Open(string path, MarketEvents events, TimeProvider time, bool readOnly)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!readOnly && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        StoreLock? held = null;
        LiteDatabase? db = null;
        try
        {
            if (readOnly && !File.Exists(full))
            {
                throw new StoreOpenException($"没有找到数据库文件 {full}");
            }

            held = readOnly ? null : StoreLock.Acquire(full);
            RefuseShort(full);
            if (!readOnly && !File.Exists(full))
            {
                Create(full);
            }

            var engine = new RecoverableEngine(full, readOnly);
            db = new LiteDatabase(engine, StoreMapper.Create(), disposeOnClose: true);
            SchemaMigrations.Upgrade(db, readOnly);
            if (!readOnly && db.CheckpointSize != CheckpointPages)
            {
                // A backup stops automatic checkpoints while it copies; a crash in that window must not leave them off.
                db.CheckpointSize = CheckpointPages;
            }

            var store = new MarketDb(db, engine, held, events, time, full);
            if (!readOnly)
            {
                store.EnsureIndexes();
            }

            return store;
        }
        catch (Exception ex)
        {
            db?.Dispose();
            held?.Dispose();
            throw StoreErrors.OnOpen(full, ex) ?? throw new StoreOpenException($"无法打开数据库文件 {full}：{ex.Message.Split('\n')[0]}", ex);
        }
    }

    /// <summary>LiteDB treats a short or empty file as a new store and overwrites it; a truncated copy or a cut-off write must be refused instead.</summary>
    private static void RefuseShort(string full)
    {
        var info = new FileInfo(full);
        if (info.Exists && info.Length < PageSize)
        {
            throw new StoreOpenException($"数据库文件 {full} 只有 {info.Length} 字节，不是完整的 ZeroWork 数据库（可能是中断的复制）；请换用备份，或确认无用后删除它再启动");
        }
    }

    /// <summary>A new store is made under a temporary name and renamed into place, so a kill during the first start never leaves a short file under the store's name.</summary>
    private static void Create(string full)
    {
        var creating = full + ".creating";
        File.Delete(creating);
        new LiteEngine(new EngineSettings { Filename = creating }).Dispose();
        File.Move(creating, full);
    }

    /// <summary>Runs <paramref name="work"/> in one LiteDB transaction, committed before this returns (concurrent callers share one commit, see <see cref="GroupCommitWriter"/>). Nested calls join the outer transaction. Keep the work synchronous and about the store only: it runs on the store's writer thread and may be run again if another unit in its batch fails.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        var (result, raised) = writer.Execute(work);
        foreach (var e in raised)
        {
            events.Publish(e);
        }

        return result;
    }

    /// <summary>As <see cref="InTransaction{T}(Func{T})"/>, without holding the caller's thread while the batch commits (for request handlers).</summary>
    public async Task<T> InTransactionAsync<T>(Func<T> work)
    {
        var (result, raised) = await writer.ExecuteAsync(work).ConfigureAwait(false);
        foreach (var e in raised)
        {
            events.Publish(e);
        }

        return result;
    }

    public void InTransaction(Action work) => InTransaction(() =>
    {
        work();
        return true;
    });

    /// <summary>Raises an event; inside a transaction it waits for the commit, and is dropped on rollback.</summary>
    public void Raise(MarketEvent e)
    {
        if (GroupCommitWriter.CurrentEvents is { } pending)
        {
            pending.Add(e);
        }
        else
        {
            events.Publish(e);
        }
    }

    public void WriteAudit(string actor, string action, string subject, string? detail = null) =>
        Audit.Insert(new AuditEntry { At = UtcNow, Actor = actor, Action = action, Subject = subject, Detail = detail });

    /// <summary>Adds a message to the outbox unless one with the same idempotency key exists; returns the stored one.</summary>
    public OutboxMessage Enqueue(OutboxMessage message) =>
        Outbox.FindOne(StoreQuery.Equal(nameof(OutboxMessage.IdempotencyKey), message.IdempotencyKey)) ?? EnqueueNew(message);

    /// <summary>Adds a message whose idempotency key the caller knows to be new (it derives from a key the same transaction just found unused); the unique index still refuses a duplicate.</summary>
    public OutboxMessage EnqueueNew(OutboxMessage message)
    {
        var segments = message.Channel == OutboxChannel.Sms ? SmsSegments.Count(message.Text) : 1;
        // The simulator's sandbox addresses are nobody's: their messages are kept for the page to show and never queued for a provider.
        var sandbox = Sandbox.IsAddress(message.Address);
        var stored = message with
        {
            State = sandbox ? OutboxState.NotSent : message.State,
            LastError = sandbox ? Sandbox.NotSentReason : message.LastError,
            NotBefore = sandbox ? null : message.NotBefore,
            CreatedAt = message.CreatedAt == default ? UtcNow : message.CreatedAt,
            Segments = segments,
            Cost = message.Channel == OutboxChannel.Sms ? segments * SmsSegments.PricePerSegment : 0,
        };
        var id = Outbox.Insert(stored);
        Raise(new OutboxQueued());
        return stored with { Id = id.AsInt64 };
    }

    /// <summary>
    /// A consistent copy of the store while it runs, without holding writers for the copy: on the writer thread the log is
    /// folded into the data file and automatic checkpoints stop, so every later commit lands in the log only and the data
    /// file stays the image of that moment while it is copied. The copy goes to <c>&lt;destination&gt;.partial</c>, is
    /// flushed, opened read-only and read through, and only then renamed: a copy cut off by a crash never carries the
    /// backup's name.
    /// </summary>
    /// <returns>How long writers were held (the checkpoint and the two switches), for the log.</returns>
    public TimeSpan Backup(string destination)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(destination));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var partial = destination + PartialSuffix;
        var held = System.Diagnostics.Stopwatch.StartNew();
        writer.Execute(
            () =>
            {
                Database.Checkpoint();
                Database.CheckpointSize = 0;
                return true;
            },
            transactional: false);
        var stall = held.Elapsed;
        try
        {
            using var source = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None);
            source.CopyTo(target);
            target.Flush(flushToDisk: true);
        }
        finally
        {
            held.Restart();
            writer.Execute(
                () =>
                {
                    Database.CheckpointSize = CheckpointPages;
                    return true;
                },
                transactional: false);
            stall += held.Elapsed;
        }

        try
        {
            StoreVerifier.ReadThrough(partial);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }

        File.Move(partial, destination, overwrite: true);
        return stall;
    }

    public void Dispose()
    {
        writer.Dispose();
        Database.Dispose();
        storeLock?.Dispose();
    }

    private void EnsureIndexes()
    {
        People.EnsureIndex(p => p.Phone);
        People.EnsureIndex(p => p.OpenId);
        Jobs.EnsureIndex(j => j.Status);
        Jobs.EnsureIndex(j => j.EmployerId);
        Jobs.EnsureIndex(j => j.WorkDate);
        Jobs.EnsureIndex("StationId", "$.Collector.StationId");
        Stations.EnsureIndex(s => s.District);
        Stations.EnsureIndex(s => s.ParentId);
        Pushes.EnsureIndex(p => p.Key, unique: true);
        Pushes.EnsureIndex(p => p.JobId);
        Pushes.EnsureIndex(p => p.WorkerId);
        Consultations.EnsureIndex(c => c.StationId);
        Consultations.EnsureIndex(c => c.State);
        Consultations.EnsureIndex(c => c.PersonId);
        Enrolments.EnsureIndex(e => e.CourseId);
        Staff.EnsureIndex(s => s.UserName, unique: true);
        Audit.EnsureIndex(a => a.At);
        Audit.EnsureIndex(a => a.Subject);
        Inbound.EnsureIndex(m => m.DedupeKey, unique: true);
        Outbox.EnsureIndex(m => m.IdempotencyKey, unique: true);
        Outbox.EnsureIndex(m => m.State);
        OutboxQueue.EnsureIndexes(Outbox);
        Outbox.EnsureIndex(m => m.Address);
        Outbox.EnsureIndex(m => m.ProviderId);
        Blocked.EnsureIndex(b => b.Address, unique: true);
    }
}
