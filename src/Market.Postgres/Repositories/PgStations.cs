using ZeroWork.Market.Stations;

namespace ZeroWork.Market.Postgres.Repositories;

internal sealed class PgStations(DocTable<Station> stations) : IStationStore
{
    public Station? Find(string id) => stations.ById(id);

    public IReadOnlyList<Station> All() => stations.Many("ORDER BY id");

    public IReadOnlyList<Station> Serving() => stations.Many("WHERE state IN ('Operating', 'Rectifying') ORDER BY id");

    public void Insert(Station station) => stations.Insert(station);

    public void InsertMany(IEnumerable<Station> many)
    {
        foreach (var station in many)
        {
            stations.Insert(station);
        }
    }

    public void Update(Station station) => stations.Update(station);

    public long Count() => stations.Count();
}
