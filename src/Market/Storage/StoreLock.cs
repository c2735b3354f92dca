namespace ZeroWork.Market.Storage;

/// <summary>
/// The one-writer rule: <c>&lt;store&gt;.lock</c> opened with <see cref="FileShare.None"/> (an exclusive <c>flock</c> on Unix) and held
/// for as long as the store is open, so a second <c>serve</c> on the same file is refused instead of writing beside the first.
/// LiteDB's own file sharing lets two writers in (both take a shared lock), which corrupts the file.
/// </summary>
internal sealed class StoreLock : IDisposable
{
    private readonly FileStream stream;

    private StoreLock(FileStream stream) => this.stream = stream;

    public static string PathFor(string store) => store + ".lock";

    /// <summary>Takes the lock or throws a one-line <see cref="StoreOpenException"/> naming the file.</summary>
    public static StoreLock Acquire(string store)
    {
        var path = PathFor(store);
        try
        {
            return new StoreLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex)
        {
            throw new StoreOpenException($"数据库文件 {store} 正被另一个 ZeroWork 进程使用（同一文件只允许一个服务写入；查看计数请用 zerowork stats，它只读打开）", ex);
        }
    }

    /// <summary>True when a running store (in another process or this one) holds the file's lock.</summary>
    public static bool IsHeld(string store)
    {
        try
        {
            using var probe = new FileStream(PathFor(store), FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose() => stream.Dispose();
}
