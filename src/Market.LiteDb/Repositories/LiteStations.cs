using LiteDB;
using ZeroWork.Market.Stations;

namespace ZeroWork.Market.LiteDb.Repositories;

internal sealed class LiteStations(ILiteCollection<Station> stations) : IStationStore
{
    public Station? Find(string id) => stations.FindById(id);

    public IReadOnlyList<Station> All() => [.. stations.FindAll()];

    public IReadOnlyList<Station> Serving() => [.. stations.Find(s => s.State == StationState.Operating || s.State == StationState.Rectifying)];

    public void Insert(Station station) => stations.Insert(station);

    public void InsertMany(IEnumerable<Station> many) => stations.InsertBulk(many);

    public void Update(Station station) => stations.Update(station);

    public long Count() => stations.LongCount();
}
