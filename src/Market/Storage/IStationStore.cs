using ZeroWork.Market.Stations;

namespace ZeroWork.Market.Storage;

/// <summary>The three-tier station network and each station's history.</summary>
public interface IStationStore
{
    Station? Find(string id);

    IReadOnlyList<Station> All();

    /// <summary>Stations serving the public: operating, or operating while they rectify.</summary>
    IReadOnlyList<Station> Serving();

    void Insert(Station station);

    void InsertMany(IEnumerable<Station> stations);

    void Update(Station station);

    long Count();
}
