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
        return mapper;
    }
}
