using LiteDB;
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
    private readonly MarketEvents events;

    private readonly GroupCommitWriter writer;

    private MarketDb(LiteDatabase db, MarketEvents events, TimeProvider time, string path)
    {
        Database = db;
        this.events = events;
        writer = new GroupCommitWriter(db);
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

    /// <summary>Opens (or creates) the file, upgrades its schema and ensures every index. Failures become one-line <see cref="StoreOpenException"/>s.</summary>
    public static MarketDb Open(string path, MarketEvents events, TimeProvider time)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        LiteDatabase? db = null;
        try
        {
            db = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, StoreMapper.Create());
            SchemaMigrations.Upgrade(db);
            var store = new MarketDb(db, events, time, full);
            store.EnsureIndexes();
            return store;
        }
        catch (StoreOpenException)
        {
            db?.Dispose();
            throw;
        }
        catch (IOException ex)
        {
            db?.Dispose();
            throw new StoreOpenException($"无法打开数据库文件 {full}：文件被另一个进程占用或无法读写（{ex.Message}）", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            db?.Dispose();
            throw new StoreOpenException($"无法打开数据库文件 {full}：没有读写权限", ex);
        }
        catch (Exception ex) when (ex is LiteException or InvalidCastException or ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            db?.Dispose();
            throw new StoreOpenException($"无法打开数据库文件 {full}：文件已损坏或不是 ZeroWork 数据库（{ex.Message.Split('\n')[0]}）", ex);
        }
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

    /// <summary>A consistent copy of the store while it runs: writers are held at the gate, the log is checkpointed into the data file, and the data file is copied.</summary>
    public void Backup(string destination)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(destination));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // On the writer thread, between batches: no transaction is open while the log is folded in and the file copied.
        writer.Execute(
            () =>
            {
                Database.Checkpoint();
                using var source = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var target = new FileStream(destination, FileMode.Create, FileAccess.Write);
                source.CopyTo(target);
                return true;
            },
            transactional: false);
    }

    public void Dispose()
    {
        writer.Dispose();
        Database.Dispose();
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
