using LiteDB;

namespace ZeroWork.Market.Storage;

/// <summary>Turns what goes wrong while opening or reading a store file into the one line an operator reads (the command line exits 2 with it, never with a stack trace).</summary>
public static class StoreErrors
{
    /// <summary>The operator's line for <paramref name="error"/> or anything it wraps, or null when the store is not at fault.</summary>
    public static string? OneLine(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StoreOpenException open:
                    return open.Message;
                case LiteException lite:
                    return $"数据库文件已损坏或不完整（{FirstLine(lite.Message)}）；请换用备份";
                case AggregateException { InnerExceptions.Count: > 0 } many when OneLine(many.InnerExceptions[0]) is { } inner:
                    return inner;
            }
        }

        return null;
    }

    /// <summary>What <see cref="MarketDb"/>'s open throws for a failure, or null for an unexpected one (the caller wraps it).</summary>
    internal static StoreOpenException? OnOpen(string full, Exception ex) => ex switch
    {
        StoreOpenException open => open,
        IOException => new StoreOpenException($"无法打开数据库文件 {full}：文件无法读写（{FirstLine(ex.Message)}）", ex),
        UnauthorizedAccessException => new StoreOpenException($"无法打开数据库文件 {full}：没有读写权限", ex),
        LiteException or InvalidCastException or ArgumentException or InvalidOperationException or FormatException or IndexOutOfRangeException or OverflowException or NullReferenceException =>
            new StoreOpenException($"无法打开数据库文件 {full}：文件已损坏或不是 ZeroWork 数据库（{FirstLine(ex.Message)}）", ex),
        _ => null,
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
