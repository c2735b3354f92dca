namespace ZeroWork.Market.Postgres;

/// <summary>Names this assembly for tests and composition until the store itself lands.</summary>
public static class PostgresMarker
{
}
