using ZeroWork.Market.Geography;
using ZeroWork.Market.Seeding;

namespace ZeroWork.Market.Tests.Geography;

public sealed class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.Xiangyang;

    [Fact]
    public void Every_point_lies_in_Xiangyang()
    {
        var outside = G.Places.Where(p => !GeoMath.IsInXiangyang(p.Point)).Select(p => p.Name).ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void Every_district_is_present_as_a_county_and_has_townships()
    {
        foreach (var code in Districts.Names.Keys)
        {
            Assert.Contains(G.Places, p => p.District == code && p.Kind == PlaceKind.County);
            Assert.Contains(G.Places, p => p.District == code && p.Kind == PlaceKind.Township);
        }

        Assert.All(G.Places, p => Assert.True(Districts.Names.ContainsKey(p.District), p.Name));
    }

    [Fact]
    public void Has_about_all_townships_and_streets()
    {
        Assert.True(G.Places.Count(p => p.Kind == PlaceKind.Township) >= 100);
    }

    [Fact]
    public void Every_station_township_resolves_to_its_district()
    {
        foreach (var (district, township) in StationSeed.Townships)
        {
            var place = G.Find(township);
            Assert.NotNull(place);
            Assert.Equal(district, place.District);
            Assert.Equal(PlaceKind.Township, place.Kind);
        }
    }

    [Theory]
    [InlineData("樊城", "樊城区")]
    [InlineData("樊城区", "樊城区")]
    [InlineData("七里河", "七里河街道")]
    [InlineData("七里河街道", "七里河街道")]
    [InlineData("太平店", "太平店镇")]
    [InlineData("太平店镇", "太平店镇")]
    [InlineData("双沟", "双沟镇")]
    [InlineData("柿铺街办", "柿铺街道")]
    [InlineData("襄阳火车站", "襄阳站")]
    [InlineData("东津高铁站", "襄阳东站")]
    [InlineData(" 老河口 ", "老河口市")]
    public void Aliases_resolve(string alias, string name) => Assert.Equal(name, G.Find(alias)?.Name);

    [Theory]
    [InlineData("紫贞街道", "gaoxin")]
    [InlineData("七里河", "gaoxin")]
    [InlineData("东风街道", "gaoxin")]
    [InlineData("团山镇", "gaoxin")]
    [InlineData("米庄", "gaoxin")]
    [InlineData("东津镇", "dongjin")]
    [InlineData("檀溪路", "xiangcheng")]
    [InlineData("古隆中", "xiangcheng")]
    [InlineData("人民广场", "fancheng")]
    public void Contract_districts(string name, string district) => Assert.Equal(district, G.Find(name)?.District);

    [Fact]
    public void Shared_names_keep_every_place()
    {
        var chengguan = G.FindAll("城关镇").Select(p => p.District).ToHashSet();
        Assert.Equal(["baokang", "gucheng", "nanzhang"], chengguan.Order());
    }

    [Theory]
    [InlineData("樊城区", "枣阳市", 50, 80)]
    [InlineData("樊城区", "襄城区", 1, 6)]
    [InlineData("襄州区", "老河口市", 50, 75)]
    [InlineData("樊城区", "保康县", 75, 105)]
    [InlineData("宜城市", "南漳县", 35, 50)]
    public void Distances_are_sane(string from, string to, double minKm, double maxKm)
    {
        var km = G.Find(from)!.Point.DistanceTo(G.Find(to)!.Point) / 1000;
        Assert.InRange(km, minKm, maxKm);
    }

    [Fact]
    public void Every_township_lies_near_its_county_seat()
    {
        var seats = G.Places.Where(p => p.Kind == PlaceKind.County).ToDictionary(p => p.District);
        foreach (var town in G.Places.Where(p => p.Kind == PlaceKind.Township))
        {
            var km = town.Point.DistanceTo(seats[town.District].Point) / 1000;
            Assert.True(km < 65, $"{town.Name} is {km:0} km from {seats[town.District].Name}");
        }
    }

    [Fact]
    public void Scan_takes_the_longest_name_at_each_position()
    {
        var found = G.Scan("明早7点樊城区七里河街道工地，再去太平店镇");
        Assert.Equal(["樊城区", "七里河街道", "太平店镇"], found.Select(m => m.Name));
        Assert.Equal(4, found[0].Start);
        Assert.Equal("gaoxin", found[1].Places[0].District);
    }

    [Fact]
    public void Scan_of_text_without_places_is_empty()
    {
        Assert.Empty(G.Scan(""));
        Assert.Empty(G.Scan("明天有空 一天两百"));
    }
}
