using System.Reflection;
using System.Text.Json;
using Npgsql;

namespace ZeroWork.Market.Postgres;

/// <summary>
/// A table of one record type: <c>id</c> plus the record as <c>doc</c> (jsonb); the queried columns are generated from
/// the doc by the schema. Numeric ids come from the table's identity unless the record brings its own; as LiteDB does,
/// an insert writes the new id back into the record given.
/// </summary>
internal sealed class DocTable<T>(PgSession session, string table)
    where T : class
{
    public PgSession Session => session;

    private static readonly PropertyInfo IdProperty = typeof(T).GetProperty("Id") ?? throw new InvalidOperationException($"{typeof(T).Name} has no Id");

    private static readonly bool NumericId = IdProperty.PropertyType != typeof(string);

    public T? ById(object id, bool forUpdate = false) => One("WHERE id = @p0", forUpdate, id);

    public T? One(string where, bool forUpdate, params object?[] args) => Many($"{where} LIMIT 1{(forUpdate ? " FOR UPDATE" : "")}", args).FirstOrDefault();

    public List<T> Many(string tail, params object?[] args) => session.Execute($"SELECT id, doc::text FROM {table} {tail}", args, Read);

    public long Count(string where = "", params object?[] args) => session.Scalar<long>($"SELECT count(*) FROM {table} {where}", args);

    public bool Exists(string where, params object?[] args) => session.Scalar<bool>($"SELECT EXISTS (SELECT 1 FROM {table} {where})", args);

    public long Insert(T item)
    {
        if (!NumericId)
        {
            session.NonQuery($"INSERT INTO {table} (id, doc) VALUES (@p0, @p1)", IdProperty.GetValue(item), Doc(item));
            return 0;
        }

        var given = Convert.ToInt64(IdProperty.GetValue(item), System.Globalization.CultureInfo.InvariantCulture);
        long id;
        if (given == 0)
        {
            // The id is drawn first so the stored doc carries it too (one statement, one round trip).
            id = session.Scalar<long>(
                $"INSERT INTO {table} (id, doc) SELECT n, jsonb_set(@p0, '{{Id}}', to_jsonb(n)) FROM (SELECT nextval(pg_get_serial_sequence('{table}', 'id')) AS n) s RETURNING id",
                Doc(item));
        }
        else
        {
            id = given;
            session.NonQuery($"INSERT INTO {table} (id, doc) VALUES (@p0, @p1)", id, Doc(item));
            session.NonQuery($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST(@p0, (SELECT max(id) FROM {table})))", id);
        }

        IdProperty.SetValue(item, Convert.ChangeType(id, IdProperty.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        return id;
    }

    public void Update(T item) => session.NonQuery($"UPDATE {table} SET doc = @p1 WHERE id = @p0", IdProperty.GetValue(item), Doc(item));

    /// <summary>LiteDB's Upsert: insert, or replace the row with the same id.</summary>
    public void Upsert(T item) =>
        session.NonQuery($"INSERT INTO {table} (id, doc) VALUES (@p0, @p1) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc", IdProperty.GetValue(item), Doc(item));

    public void Delete(object id) => session.NonQuery($"DELETE FROM {table} WHERE id = @p0", id);

    private static Jsonb Doc(T item) => new(JsonSerializer.Serialize(item, PgJson.Options));

    private List<T> Read(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            var item = JsonSerializer.Deserialize<T>(reader.GetString(1), PgJson.Options) ?? throw new InvalidDataException($"{table} row {reader.GetValue(0)} holds null");
            if (NumericId)
            {
                IdProperty.SetValue(item, Convert.ChangeType(reader.GetInt64(0), IdProperty.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
            }

            rows.Add(item);
        }

        return rows;
    }
}
