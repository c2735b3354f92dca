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
    private readonly Func<ILiteEngine> open;
    private ILiteEngine? inner;

    public RecoverableEngine(Func<ILiteEngine> open)
    {
        this.open = open;
        inner = open();
    }

    /// <summary>True once a write failed and until <see cref="Reopen"/> succeeds.</summary>
    public bool Broken { get; private set; }

    private ILiteEngine Engine => Volatile.Read(ref inner) ?? throw new StoreUnavailableException("数据库暂时无法写入（磁盘已满或读写出错），正在重试打开");

    /// <summary>Marks the engine unusable; the writer reopens it before its next unit.</summary>
    public void MarkBroken() => Broken = true;

    /// <summary>Closes the failed engine and opens the file again; false (still broken) when the file cannot be opened yet.</summary>
    public bool Reopen()
    {
        var old = Interlocked.Exchange(ref inner, null);
        try
        {
            old?.Dispose();
        }
        catch (Exception ex) when (ex is IOException or LiteException or ObjectDisposedException or InvalidOperationException)
        {
            // The checkpoint on close may fail on a full disk; the log still holds every committed page and is replayed on open.
        }

        try
        {
            Volatile.Write(ref inner, open());
            Broken = false;
            return true;
        }
        catch (Exception ex) when (ex is IOException or LiteException or UnauthorizedAccessException)
        {
            return false;
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

    public void Dispose() => Interlocked.Exchange(ref inner, null)?.Dispose();
}
