using Npgsql;
using NpgsqlTypes;

namespace ZeroWork.Market.Postgres;

/// <summary>Runs one statement: on the ambient unit's connection when a unit is open on this flow, otherwise on a pooled connection of its own (autocommit). Parameters are <c>@p0</c>, <c>@p1</c>, … in order.</summary>
internal sealed class PgSession(NpgsqlDataSource source, Action connectionLost)
{
    private readonly AsyncLocal<PgUnit?> ambient = new();

    public NpgsqlDataSource Source { get; } = source;

    public PgUnit? Current
    {
        get => ambient.Value;
        set => ambient.Value = value;
    }

    public T Execute<T>(string sql, object?[] args, Func<NpgsqlCommand, T> run)
    {
        if (Current is { } unit)
        {
            using var command = Command(unit.Connection, unit.Transaction, sql, args);
            return run(command);
        }

        try
        {
            using var connection = Source.OpenConnection();
            using var command = Command(connection, null, sql, args);
            return run(command);
        }
        catch (NpgsqlException ex) when (ex is not PostgresException)
        {
            connectionLost();
            throw PostgresErrors.Unavailable(ex);
        }
    }

    public int NonQuery(string sql, params object?[] args) => Execute(sql, args, c => c.ExecuteNonQuery());

    public T? Scalar<T>(string sql, params object?[] args) => Execute(sql, args, c => c.ExecuteScalar() is { } v and not DBNull ? (T)Convert.ChangeType(v, typeof(T), System.Globalization.CultureInfo.InvariantCulture) : default);

    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, object?[] args)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        for (var i = 0; i < args.Length; i++)
        {
            command.Parameters.Add(Parameter("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), args[i]));
        }

        return command;
    }

    private static NpgsqlParameter Parameter(string name, object? value) => value switch
    {
        null => new NpgsqlParameter(name, DBNull.Value),
        Jsonb json => new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json.Text },
        DateTime time => new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = PgJson.AsUtc(time) },
        int number => new NpgsqlParameter(name, NpgsqlDbType.Bigint) { Value = (long)number },
        _ => new NpgsqlParameter(name, value),
    };
}
