using LiteDB;
using LiteDB.Engine;

namespace ZeroWork.Market.Storage;

/// <summary>
/// The LiteDB engine behind the store, replaceable in place. After a failed write (disk full, I/O error) LiteDB's engine is
/// left half-changed: its rollback throws, its cache shows the unstored document and the next write fails. Reopening the
/// file replays only committed transactions from the log, so <see cref="GroupCommitWriter"/> calls <see cref="Reopen"/>
/// before the next batch; the <see cref="LiteDatabase"/> and every collection handed out keep working because they hold
/// this wrapper, not the engine.
/// </summary>
internal sealed class RecoverableEngine : ILiteEngine
{
    private readonly string path;
    private readonly bool readOnly;
    private ILiteEngine? inner;
    private FileStream? data;
    private FileStream? log;

    public RecoverableEngine(string path, bool readOnly)
    {
        this.path = path;
        this.readOnly = readOnly;
        inner = Open();
    }

    /// <summary>True once a write failed and until <see cref="Reopen"/> succeeds.</summary>
    public bool Broken { get; private set; }

    /// <summary>Why the last <see cref="Reopen"/> failed, for the error the waiting callers get.</summary>
    public Exception? ReopenError { get; private set; }

    private ILiteEngine Engine => Volatile.Read(ref inner) ?? throw new StoreUnavailableException("数据库暂时无法写入（磁盘已满或读写出错），正在重试打开", ReopenError);

    /// <summary>LiteDB names the log after the data file: <c>zerowork.db</c> → <c>zerowork-log.db</c>.</summary>
    public static string LogPathFor(string path) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? "", System.IO.Path.GetFileNameWithoutExtension(path) + "-log" + System.IO.Path.GetExtension(path));

    /// <summary>Marks the engine unusable; the writer reopens it before its next unit.</summary>
    public void MarkBroken() => Broken = true;

    /// <summary>Closes the failed engine and its files and opens the file again; false (still broken) when it cannot be opened yet.</summary>
    public bool Reopen()
    {
        Close();
        try
        {
            Volatile.Write(ref inner, Open());
            Broken = false;
            ReopenError = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or LiteException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            Close();
            ReopenError = ex;
            return false;
        }
    }

    /// <summary>
    /// The writer's engine runs on file streams this class opens, not on a file name: LiteDB does not close its log file when
    /// a write failed (its dispose leaves the handle open), and that handle would refuse every reopen in this process. Closing
    /// our own streams releases the files whatever state the engine is in. Sharing is open to readers (<c>stats</c>, the
    /// backup copy); the one-writer rule is the lock file's job.
    /// </summary>
    private ILiteEngine Open()
    {
        if (readOnly)
        {
            return new LiteEngine(new EngineSettings { Filename = path, ReadOnly = true });
        }

        data = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 4096, FileOptions.RandomAccess);
        log = new FileStream(LogPathFor(path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, 4096, FileOptions.SequentialScan);
        return new LiteEngine(new EngineSettings { DataStream = data, LogStream = log });
    }

    private void Close()
    {
        var old = Interlocked.Exchange(ref inner, null);
        try
        {
            old?.Dispose();
        }
        catch (Exception ex) when (ex is IOException or LiteException or ObjectDisposedException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            // The checkpoint on close may fail on a full disk; the log still holds every committed page and is replayed on open.
        }

        foreach (var stream in (FileStream?[])[Interlocked.Exchange(ref data, null), Interlocked.Exchange(ref log, null)])
        {
            try
            {
                stream?.Dispose();
            }
            catch (IOException)
            {
                // Flushing a buffer to a full disk: the bytes were never part of a committed transaction.
            }
        }
    }

    public int Checkpoint() => Engine.Checkpoint();

    public long Rebuild(RebuildOptions options) => Engine.Rebuild(options);

    public bool BeginTrans() => Engine.BeginTrans();

    public bool Commit() => Engine.Commit();

    public bool Rollback() => Engine.Rollback();

    public IBsonDataReader Query(string collection, Query query) => Engine.Query(collection, query);

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Engine.Insert(collection, docs, autoId);

    public int Update(string collection, IEnumerable<BsonDocument> docs) => Engine.Update(collection, docs);

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) => Engine.UpdateMany(collection, transform, predicate);

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId) => Engine.Upsert(collection, docs, autoId);

    public int Delete(string collection, IEnumerable<BsonValue> ids) => Engine.Delete(collection, ids);

    public int DeleteMany(string collection, BsonExpression predicate) => Engine.DeleteMany(collection, predicate);

    public bool DropCollection(string name) => Engine.DropCollection(name);

    public bool RenameCollection(string name, string newName) => Engine.RenameCollection(name, newName);

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique) => Engine.EnsureIndex(collection, name, expression, unique);

    public bool DropIndex(string collection, string name) => Engine.DropIndex(collection, name);

    public BsonValue Pragma(string name) => Engine.Pragma(name);

    public bool Pragma(string name, BsonValue value) => Engine.Pragma(name, value);

    public void Dispose() => Close();
}
