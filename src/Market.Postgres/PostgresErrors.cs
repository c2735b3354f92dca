using System.Net.Sockets;
using Npgsql;

namespace ZeroWork.Market.Postgres;

/// <summary>One-line operator errors for what goes wrong between the service and its PostgreSQL server.</summary>
internal static class PostgresErrors
{
    public static StoreUnavailableException Unavailable(Exception ex) =>
        new($"PostgreSQL 服务器不可达，本次写入没有保存（{FirstLine(ex.Message)}）", ex);

    public static StoreOpenException OnOpen(string where, Exception ex) => ex switch
    {
        StoreOpenException open => open,
        ArgumentException => new StoreOpenException($"Storage:ConnectionString 无效（{FirstLine(ex.Message)}）；格式如 Host=127.0.0.1;Port=5432;Database=zerowork;Username=zerowork", ex),
        PostgresException { SqlState: "28P01" or "28000" } pg => new StoreOpenException($"PostgreSQL {where} 拒绝登录（{pg.MessageText}）；请检查 Storage:ConnectionString 的用户名和密码", ex),
        PostgresException { SqlState: "3D000" } pg => new StoreOpenException($"PostgreSQL {where} 上没有这个数据库（{pg.MessageText}）；请先 createdb", ex),
        PostgresException pg => new StoreOpenException($"无法在 PostgreSQL {where} 上建立或升级表结构（{pg.SqlState} {pg.MessageText}）", ex),
        NpgsqlException or SocketException or TimeoutException => new StoreOpenException($"无法连接 PostgreSQL 服务器 {where}（{FirstLine(ex.InnerException?.Message ?? ex.Message)}）", ex),
        _ => new StoreOpenException($"无法打开 PostgreSQL 数据库 {where}：{FirstLine(ex.Message)}", ex),
    };

    /// <summary>True for a failure of the connection itself (server down, network), as opposed to an error the server reported.</summary>
    public static bool IsConnectionLost(Exception ex) => ex is NpgsqlException and not PostgresException || ex is SocketException or TimeoutException;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
