using LiteDB;

namespace ZeroWork.Market.LiteDb;

/// <summary>Index-friendly predicates with their values as parameters. LiteDB's own <c>Query.EQ</c> writes the value into the
/// expression's text, and every distinct text is compiled and cached for the life of the process: one compile per lookup,
/// and a cache that grows with every phone number seen. The text here is constant per field, so it compiles once.</summary>
public static class StoreQuery
{
    public static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);
}
