using LiteDB;
using ZeroWork.Market.Geography;

namespace ZeroWork.Market.LiteDb;

/// <summary>The BSON mapping of the store: our own mapper, so no global state is shared with other LiteDB users in the process.</summary>
internal static class StoreMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            EnumAsInteger = false,
            SerializeNullValues = false,
            TrimWhitespace = false,
            EmptyStringToNull = false,
        };
        mapper.RegisterType(
            serialize: p => new BsonDocument { ["lng"] = p.Lng, ["lat"] = p.Lat },
            deserialize: b => new GeoPoint(b["lng"].AsDouble, b["lat"].AsDouble));
        // BSON keeps UTC but LiteDB hands dates back in the server's local time; the store's contract is UTC in and out
        // (a China-time server otherwise compares 08:00 local against 00:00 UTC and every window is eight hours off).
        mapper.RegisterType(
            serialize: d => new BsonValue(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d.ToUniversalTime()),
            deserialize: b => b.AsDateTime.ToUniversalTime());
        return mapper;
    }
}
