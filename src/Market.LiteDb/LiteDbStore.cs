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
using ZeroWork.Market.LiteDb.Repositories;

namespace ZeroWork.Market.LiteDb;

/// <summary>The one <see cref="LiteDatabase"/> of the process and its typed collections. Work that must land together goes through <see cref="InTransaction{T}"/>; events raised inside a transaction are dispatched after it commits.</summary>
public sealed class LiteDbStore : IMarketStore, IStoreMaintenance, IDisposable
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

    private LiteDbStore(LiteDatabase db, RecoverableEngine engine, StoreLock? storeLock, MarketEvents events, TimeProvider time, string path)
    {
        Database = db;
        this.events = events;
        this.storeLock = storeLock;
        writer = new GroupCommitWriter(db, engine);
        Time = time;
        Path = path;
        PeopleCollection = db.GetCollection<Person>(Collections.People);
        JobsCollection = db.GetCollection<JobPost>(Collections.Jobs);
        StationsCollection = db.GetCollection<Station>(Collections.Stations);
        PushesCollection = db.GetCollection<Push>(Collections.Pushes);
        ConsultationsCollection = db.GetCollection<Consultation>(Collections.Consultations);
        CoursesCollection = db.GetCollection<TrainingCourse>(Collections.Courses);
        EnrolmentsCollection = db.GetCollection<Enrolment>(Collections.Enrolments);
        StaffCollection = db.GetCollection<StaffAccount>(Collections.Staff);
        AuditCollection = db.GetCollection<AuditEntry>(Collections.Audit);
        InboundCollection = db.GetCollection<InboundMessage>(Collections.Inbound);
        OutboxCollection = db.GetCollection<OutboxMessage>(Collections.Outbox);
        ConversationsCollection = db.GetCollection<ConversationState>(Collections.Conversations);
        BlockedCollection = db.GetCollection<BlockedContact>(Collections.Blocked);
        AssessmentCollection = db.GetCollection<StationAssessment>(Collections.Assessments);
        SmsReceiptCollection = db.GetCollection<SmsReceipt>(Collections.SmsReceipts);
        People = new LitePeople(PeopleCollection);
        Jobs = new LiteJobPosts(JobsCollection);
        Pushes = new LitePushes(PushesCollection);
        Outbox = new LiteOutbox(OutboxCollection);
        Inbound = new LiteInbound(InboundCollection);
        Conversations = new LiteConversations(ConversationsCollection);
        Stations = new LiteStations(StationsCollection);
        Consultations = new LiteConsultations(ConsultationsCollection);
        Training = new LiteTraining(CoursesCollection, EnrolmentsCollection);
        Staff = new LiteStaff(StaffCollection);
        Audit = new LiteAudit(AuditCollection);
        Blocked = new LiteBlockList(BlockedCollection);
        Assessments = new LiteAssessments(AssessmentCollection);
        SmsReceipts = new LiteSmsReceipts(SmsReceiptCollection);
    }

    public IPeopleStore People { get; }

    public IJobPostStore Jobs { get; }

    public IPushStore Pushes { get; }

    public IOutboxStore Outbox { get; }

    public IInboundLog Inbound { get; }

    public IConversationStore Conversations { get; }

    public IStationStore Stations { get; }

    public IConsultationStore Consultations { get; }

    public ITrainingStore Training { get; }

    public IStaffStore Staff { get; }

    public IAuditLog Audit { get; }

    public IBlockList Blocked { get; }

    public IAssessmentStore Assessments { get; }

    public ISmsReceiptStore SmsReceipts { get; }

    internal ILiteCollection<StationAssessment> AssessmentCollection { get; }

    internal ILiteCollection<SmsReceipt> SmsReceiptCollection { get; }

    public string Describe => Path;

    public bool CanBackup => true;

    internal LiteDatabase Database { get; }

    public TimeProvider Time { get; }

    public string Path { get; }

    internal ILiteCollection<Person> PeopleCollection { get; }

    internal ILiteCollection<JobPost> JobsCollection { get; }

    internal ILiteCollection<Station> StationsCollection { get; }

    internal ILiteCollection<Push> PushesCollection { get; }

    internal ILiteCollection<Consultation> ConsultationsCollection { get; }

    internal ILiteCollection<TrainingCourse> CoursesCollection { get; }

    internal ILiteCollection<Enrolment> EnrolmentsCollection { get; }

    internal ILiteCollection<StaffAccount> StaffCollection { get; }

    internal ILiteCollection<AuditEntry> AuditCollection { get; }

    internal ILiteCollection<InboundMessage> InboundCollection { get; }

    internal ILiteCollection<OutboxMessage> OutboxCollection { get; }

    internal ILiteCollection<ConversationState> ConversationsCollection { get; }

    internal ILiteCollection<BlockedContact> BlockedCollection { get; }

    public DateTime UtcNow => Time.GetUtcNow().UtcDateTime;

    /// <summary>Transactions rolled back since the store opened (see <see cref="GroupCommitWriter.Rollbacks"/>).</summary>
    public long Rollbacks => writer.Rollbacks;

    /// <summary>True from a write that failed at the disk (full, I/O error) until a commit succeeds again.</summary>
    public bool WritesFailing => writer.WritesFailing;

    /// <summary>Opens (or creates) the file for writing, holding <c>&lt;file&gt;.lock</c> until disposed so no second process writes beside this one; upgrades its schema and ensures every index. Failures become one-line <see cref="StoreOpenException"/>s.</summary>
    public static LiteDbStore Open(string path, MarketEvents events, TimeProvider time) => Open(path, events, time, readOnly: false);

    /// <summary>Opens an existing file without writing anything, taking no lock: LiteDB reads the committed log in place and never checkpoints or deletes it, so a running service's file is safe to read.</summary>
    public static LiteDbStore OpenReadOnly(string path) => Open(path, new MarketEvents(), TimeProvider.System, readOnly: true);

    /// <summary>
    /// Reads an existing file read-only (see <see cref="OpenReadOnly"/>). While a running service holds the file, a read can
    /// meet the tail of a commit it is still writing to the log and fail; the attempt is then repeated on a fresh open
    /// (up to <paramref name="attempts"/> times, 100 ms apart). A file nobody holds fails at once.
    /// </summary>
    public static T ReadOnly<T>(string path, Func<LiteDbStore, T> read, int attempts = 30)
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

    private static LiteDbStore Open(string path, MarketEvents events, TimeProvider time, bool readOnly)
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
            LiteDbSchema.Upgrade(db, readOnly);
            if (!readOnly && db.CheckpointSize != CheckpointPages)
            {
                // A backup stops automatic checkpoints while it copies; a crash in that window must not leave them off.
                db.CheckpointSize = CheckpointPages;
            }

            var store = new LiteDbStore(db, engine, held, events, time, full);
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

    /// <summary>
    /// LiteDB treats a short or empty file as a new store and overwrites it, and on a file cut short further in it writes its
    /// header and trims the file to whole pages before it meets the missing pages (or serves without them). A truncated copy
    /// or a cut-off write must be refused before LiteDB touches it: the header names the file's last page, so a data file
    /// that ends before that page is incomplete. Only the header is read, so a start on a large file costs nothing.
    /// </summary>
    private static void RefuseShort(string full)
    {
        var info = new FileInfo(full);
        if (!info.Exists)
        {
            return;
        }

        if (info.Length < PageSize)
        {
            throw new StoreOpenException($"数据库文件 {full} 只有 {info.Length} 字节，不是完整的 ZeroWork 数据库（可能是中断的复制）；请换用备份，或确认无用后删除它再启动");
        }

        if (StoreHeader.ExpectedLength(full) is { } expected && info.Length < expected)
        {
            throw new StoreOpenException($"数据库文件 {full} 不完整：只有 {info.Length} 字节，文件头记录应有 {expected} 字节（可能是中断的复制）；请换用备份，不要在它上面启动服务");
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

    /// <summary>
    /// A consistent copy of the store while it runs, without holding writers for the copy: on the writer thread the log is
    /// folded into the data file and automatic checkpoints stop, so every later commit lands in the log only and the data
    /// file stays the image of that moment while it is copied. The copy goes to <c>&lt;destination&gt;.partial</c>, is
    /// flushed, opened read-only and read through, and only then renamed: a copy cut off by a crash never carries the
    /// backup's name.
    /// </summary>
    /// <returns>How long writers were held (the checkpoint and the two switches), for the log.</returns>
    public TimeSpan Backup(string destination) => Backup(destination, whileCopying: null);

    /// <param name="whileCopying">Runs once writers are released and before the copy starts (tests commit there to show writers are free and the copy stays the image of its moment).</param>
    internal TimeSpan Backup(string destination, Action? whileCopying)
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
            whileCopying?.Invoke();
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
        PeopleCollection.EnsureIndex(p => p.Phone);
        PeopleCollection.EnsureIndex(p => p.OpenId);
        JobsCollection.EnsureIndex(j => j.Status);
        JobsCollection.EnsureIndex(j => j.EmployerId);
        JobsCollection.EnsureIndex(j => j.WorkDate);
        JobsCollection.EnsureIndex("StationId", "$.Collector.StationId");
        StationsCollection.EnsureIndex(s => s.District);
        StationsCollection.EnsureIndex(s => s.ParentId);
        PushesCollection.EnsureIndex(p => p.Key, unique: true);
        PushesCollection.EnsureIndex(p => p.JobId);
        PushesCollection.EnsureIndex(p => p.WorkerId);
        ConsultationsCollection.EnsureIndex(c => c.StationId);
        ConsultationsCollection.EnsureIndex(c => c.State);
        ConsultationsCollection.EnsureIndex(c => c.PersonId);
        EnrolmentsCollection.EnsureIndex(e => e.CourseId);
        StaffCollection.EnsureIndex(s => s.UserName, unique: true);
        AuditCollection.EnsureIndex(a => a.At);
        AuditCollection.EnsureIndex(a => a.Subject);
        InboundCollection.EnsureIndex(m => m.DedupeKey, unique: true);
        OutboxCollection.EnsureIndex(m => m.IdempotencyKey, unique: true);
        OutboxCollection.EnsureIndex(m => m.State);
        OutboxQueue.EnsureIndexes(OutboxCollection);
        OutboxCollection.EnsureIndex(m => m.Address);
        OutboxCollection.EnsureIndex(m => m.ProviderId);
        BlockedCollection.EnsureIndex(b => b.Address, unique: true);
        AssessmentCollection.EnsureIndex(a => a.Year);
        SmsReceiptCollection.EnsureIndex(r => r.Key, unique: true);
        SmsReceiptCollection.EnsureIndex(r => r.Sid);
    }
}
