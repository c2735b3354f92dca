using Npgsql;
using ZeroWork.Market.Events;

namespace ZeroWork.Market.Postgres;

/// <summary>One unit of work in flight: its connection and transaction, which repository calls made inside it join, and the events it raised.</summary>
internal sealed class PgUnit(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction Transaction { get; } = transaction;

    public List<MarketEvent> Events { get; } = [];
}
