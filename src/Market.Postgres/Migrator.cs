using Npgsql;

namespace ZeroWork.Market.Postgres;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> files in order, each in its own transaction, recording each in
/// <c>schema_migrations</c>. Several nodes may start at once: a session advisory lock makes them take turns, and the
/// later ones find nothing left to do.
/// </summary>
internal static class Migrator
{
    /// <summary>"ZWMIGRAT" as a number: the advisory lock every ZeroWork node takes to migrate.</summary>
    private const long LockKey = 0x5A574D4947524154;

    private const string Prefix = "ZeroWork.Market.Postgres.Migrations.";

    public static IReadOnlyList<string> Versions { get; } = [.. typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^4])
        .Order(StringComparer.Ordinal)];

    /// <summary>Brings the database up to this release's schema; returns the versions applied now (none when it already was).</summary>
    public static IReadOnlyList<string> Apply(NpgsqlDataSource source)
    {
        using var connection = source.OpenConnection();
        Run(connection, null, "SELECT pg_advisory_lock(@p0)", LockKey);
        try
        {
            Run(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
            var applied = new HashSet<string>(StringComparer.Ordinal);
            using (var command = PgSession.Command(connection, null, "SELECT version FROM schema_migrations", []))
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            if (applied.Except(Versions).Order(StringComparer.Ordinal).LastOrDefault() is { } newer)
            {
                throw new StoreOpenException($"数据库的表结构（{newer}）比本程序新，请升级 ZeroWork 后再启动");
            }

            var done = new List<string>();
            foreach (var version in Versions.Where(v => !applied.Contains(v)))
            {
                using var transaction = connection.BeginTransaction();
                Run(connection, transaction, Script(version));
                Run(connection, transaction, "INSERT INTO schema_migrations (version) VALUES (@p0)", version);
                transaction.Commit();
                done.Add(version);
            }

            return done;
        }
        finally
        {
            Run(connection, null, "SELECT pg_advisory_unlock(@p0)", LockKey);
        }
    }

    private static string Script(string version)
    {
        using var stream = typeof(Migrator).Assembly.GetManifestResourceStream(Prefix + version + ".sql") ?? throw new InvalidOperationException($"migration {version} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Run(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params object?[] args)
    {
        using var command = PgSession.Command(connection, transaction, sql, args);
        command.ExecuteNonQuery();
    }
}
