using System.Diagnostics;
using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace ZeroWork.Market.Postgres.Bench;

/// <summary>The match bench's PostGIS side: the synthetic workers in a <c>geography(Point,4326)</c> table with a GiST index, and each post's
/// query as <c>ST_DWithin</c> plus the grid's filters and ranking in SQL, timed from this client on one prepared statement.</summary>
public sealed class PostgisMatchBench : IAsyncDisposable
{
    /// <summary>A schema of its own, so the bench never touches the service's tables in the same database.</summary>
    public const string Table = "zerowork_bench.match_workers";

    private readonly NpgsqlDataSource source;
    private readonly string findSql;

    public PostgisMatchBench(string connectionString, ScoreWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite(geographyAsDefault: true);
        source = builder.Build();
        findSql = FindSql(weights);
    }

    /// <summary>Recreates the table, streams the workers in by binary COPY, then builds the GiST index and the planner's statistics (after the load, as a bulk load should).</summary>
    public async Task<PostgisLoadReport> LoadAsync(IEnumerable<BenchWorker> workers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workers);
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"""
            CREATE EXTENSION IF NOT EXISTS postgis;
            CREATE SCHEMA IF NOT EXISTS zerowork_bench;
            DROP TABLE IF EXISTS {Table};
            CREATE TABLE {Table} (
                id integer PRIMARY KEY,
                geog geography(Point, 4326) NOT NULL,
                skills bigint NOT NULL,
                pay_wanted real,
                pay_unit smallint NOT NULL,
                free_days integer[],
                reliability real NOT NULL,
                last_active integer NOT NULL);
            """, cancellationToken);

        var copy = Stopwatch.StartNew();
        long rows;
        await using (var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Table} (id, geog, skills, pay_wanted, pay_unit, free_days, reliability, last_active) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Synchronous writes: a million rows of eight fields would be eight million awaits, and the stream buffers anyway.
            foreach (var w in workers)
            {
                writer.StartRow();
                writer.Write(w.Id, NpgsqlDbType.Integer);
                writer.Write(new Point(w.Lng, w.Lat) { SRID = 4326 }, NpgsqlDbType.Geography);
                writer.Write(w.Skills, NpgsqlDbType.Bigint);
                if (w.PayWanted is { } pay)
                {
                    writer.Write(pay, NpgsqlDbType.Real);
                }
                else
                {
                    writer.WriteNull();
                }

                writer.Write(w.PayUnit, NpgsqlDbType.Smallint);
                if (w.FreeDays is { } free)
                {
                    writer.Write(free, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                }
                else
                {
                    writer.WriteNull();
                }

                writer.Write(w.Reliability, NpgsqlDbType.Real);
                writer.Write(w.LastActiveMinutes, NpgsqlDbType.Integer);
            }

            rows = (long)await writer.CompleteAsync(cancellationToken);
        }

        copy.Stop();
        var index = Stopwatch.StartNew();
        // CLUSTER puts neighbours on the same pages, as a nightly CLUSTER (or loading in spatial order) would: a dense
        // centre has tens of thousands of workers in one radius, and read in arrival order each is a page of its own.
        await ExecuteAsync(connection, $"CREATE INDEX match_workers_geog ON {Table} USING gist (geog); CLUSTER {Table} USING match_workers_geog; ANALYZE {Table};", cancellationToken);
        index.Stop();

        await using var sizes = new NpgsqlCommand($"SELECT pg_table_size('{Table}'), pg_indexes_size('{Table}')", connection);
        await using var reader = await sizes.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new PostgisLoadReport(rows, copy.Elapsed.TotalMilliseconds, index.Elapsed.TotalMilliseconds, reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Runs every query <paramref name="repeats"/> times on one prepared statement (after a warm-up over the first 200) and keeps each one's fastest run and its answer.
    /// <paramref name="spheroid"/> picks geography's WGS-84 spheroid (PostGIS's default) or its sphere of mean radius, which is what the grid measures on.</summary>
    public async Task<PostgisTimings> TimeAsync(IReadOnlyList<BenchQuery> queries, int repeats, bool spheroid, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        await using var connection = await source.OpenConnectionAsync(cancellationToken);

        // One post's query is OLTP work: with the defaults a dense centre's plan costs past jit_above_cost and spends ~100 ms compiling,
        // and parallel workers on 2 shared cores cost more than they save. A service would set both for its role the same way.
        await ExecuteAsync(connection, "SET jit = off; SET max_parallel_workers_per_gather = 0", cancellationToken);
        await using var find = await PrepareAsync(connection, cancellationToken);
        foreach (var q in queries.Take(Math.Min(200, queries.Count)))
        {
            Run(find, q, spheroid);
        }

        var samples = new List<double>(queries.Count);
        var answers = new List<PostgisAnswer>(queries.Count);
        foreach (var q in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var best = double.MaxValue;
            PostgisAnswer? answer = null;
            for (var r = 0; r < Math.Max(1, repeats); r++)
            {
                var start = Stopwatch.GetTimestamp();
                var a = Run(find, q, spheroid);
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalMicroseconds);
                answer ??= a;
            }

            samples.Add(best);
            answers.Add(answer!);
        }

        return new PostgisTimings(samples, answers);
    }

    /// <summary>Removes the bench's table (the schema stays, empty).</summary>
    public async Task DropAsync(CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"DROP TABLE IF EXISTS {Table}", cancellationToken);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();

    private static PostgisAnswer Run(NpgsqlCommand find, BenchQuery q, bool spheroid)
    {
        var p = find.Parameters;
        p["p"].Value = new Point(q.Lng, q.Lat) { SRID = 4326 };
        p["r"].Value = q.RadiusMeters;
        p["sph"].Value = spheroid;
        p["any"].Value = q.ExactSkills | q.CloseSkills;
        p["exact"].Value = q.ExactSkills;
        p["day"].Value = q.WorkDay;
        p["unit"].Value = q.PayUnit;
        p["offer"].Value = q.PayOffer;
        p["now"].Value = q.NowMinutes;
        p["lim"].Value = q.Limit;
        var ids = new List<int>(q.Limit);
        var distances = new List<double>(q.Limit);
        using var reader = find.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetInt32(0));
            distances.Add(reader.GetDouble(1));
        }

        return new PostgisAnswer([.. ids], [.. distances]);
    }

    private async Task<NpgsqlCommand> PrepareAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(findSql, connection);
        command.Parameters.Add(new NpgsqlParameter("p", NpgsqlDbType.Geography));
        command.Parameters.Add(new NpgsqlParameter("r", NpgsqlDbType.Double));
        command.Parameters.Add(new NpgsqlParameter("sph", NpgsqlDbType.Boolean));
        command.Parameters.Add(new NpgsqlParameter("any", NpgsqlDbType.Bigint));
        command.Parameters.Add(new NpgsqlParameter("exact", NpgsqlDbType.Bigint));
        command.Parameters.Add(new NpgsqlParameter("day", NpgsqlDbType.Integer));
        command.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Smallint));
        command.Parameters.Add(new NpgsqlParameter("offer", NpgsqlDbType.Real));
        command.Parameters.Add(new NpgsqlParameter("now", NpgsqlDbType.Integer));
        command.Parameters.Add(new NpgsqlParameter("lim", NpgsqlDbType.Integer));
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    /// <summary>The grid's filters and score in SQL: skill bits first, the free day, pay in the same unit, then score (higher first), distance, id — the grid's total order.</summary>
    private static string FindSql(ScoreWeights w)
    {
        // Typed literals: a bare 10080 would make the recency an integer division.
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture) + "::float8";
        return $"""
            SELECT id, d FROM (
                SELECT id, ST_Distance(geog, @p, @sph) AS d, (skills & @exact) <> 0 AS exact, reliability, last_active
                FROM {Table}
                WHERE ST_DWithin(geog, @p, @r, @sph)
                  AND (skills & @any) <> 0
                  AND (@day < 0 OR free_days IS NULL OR @day = ANY (free_days))
                  AND (pay_unit = 0 OR pay_unit <> @unit OR pay_wanted IS NULL OR pay_wanted <= @offer)
            ) c
            ORDER BY {N(w.Distance)} * (1 - least(1.0::float8, d / @r))
                   + CASE WHEN exact THEN {N(w.ExactSkill)} ELSE {N(w.CloseSkill)} END
                   + {N(w.Reliability)} * reliability
                   + {N(w.Recency)} * CASE WHEN last_active <= 0 THEN 0 ELSE {N(w.RecencyHalfMinutes)} / ({N(w.RecencyHalfMinutes)} + greatest(0, @now - last_active)) END DESC,
                     d, id
            LIMIT @lim
            """;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
