using ZeroWork.Market.Geography;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Stations;

/// <summary>Which station answers for a person or a post: the nearest operating station in the same district, else the district's sub-station, else the city hub.</summary>
public static class StationLocator
{
    public static Station Responsible(MarketDb db, string? district, GeoPoint? point)
    {
        var operating = db.Stations.Find(s => s.State == StationState.Operating || s.State == StationState.Rectifying).ToList();
        var inDistrict = operating.Where(s => district is null || s.District == district).ToList();
        if (point is not null)
        {
            var nearest = (inDistrict.Count > 0 ? inDistrict : operating)
                .Where(s => s.Point is not null)
                .OrderBy(s => GeoMath.DistanceMeters(point, s.Point!))
                .FirstOrDefault();
            if (nearest is not null)
            {
                return nearest;
            }
        }

        return inDistrict.FirstOrDefault(s => s.Level == StationLevel.SubStation)
            ?? operating.FirstOrDefault(s => s.Level == StationLevel.CityHub)
            ?? new Station { Id = "hub", Name = "襄阳市零工市场总站", Level = StationLevel.CityHub, Hotline = "0710-12333" };
    }
}
