using System.Globalization;
using ZeroWork.Market.Geography;

namespace ZeroWork.Market.Tests.Geography;

/// <summary>
/// Township and street seats pinned against an independent public reference: the GeoNames gazetteer (geonames.org,
/// CC BY 4.0), whose "seat of a fourth-order administrative division" (PPLA4) points locate the 镇/乡/街道 seats of
/// Xiangyang. GeoNames is WGS-84 and the gazetteer GCJ-02: the reference is shifted by <see cref="ChinaDatums.FromWgs84"/>.
/// Only seats GeoNames actually has are listed. The second reference is Vonng/adcode (Amap centres, GCJ-02, CC BY 4.0), read
/// from the figure's data in Bot.Tests/Understanding/Data: a seat either reference confirms within 3 km is pinned; the rest
/// are unverified (see the comments in XiangyangPlaces.*.cs) and marked <see cref="Place.Approximate"/>, except streets of
/// a city proper, whose whole area lies within 3 km of the point.
/// </summary>
public sealed class TownshipSeatTests
{
    private const double ToleranceMeters = 3_000;

    /// <summary>Name, district code, GeoNames WGS-84 longitude and latitude, GeoNames id (its English name in the comment).</summary>
    public static readonly TheoryData<string, string, double, double, int> Seats = new()
    {
        { "卧龙镇", "xiangcheng", 112.01720, 32.02483, 1799199 }, // Nizui
        { "尹集乡", "xiangcheng", 112.07386, 31.94074, 1786529 }, // Yinji
        { "欧庙镇", "xiangcheng", 112.16783, 31.86119, 1799140 }, // Oumiao
        { "隆中街道", "xiangcheng", 112.08142, 32.01036, 1802250 }, // Longzhong
        { "太平店镇", "fancheng", 111.80287, 32.13557, 1793592 }, // Taipingdian
        { "柿铺街道", "fancheng", 112.07423, 32.05062, 1909334 }, // Shipu
        { "牛首镇", "fancheng", 111.96938, 32.09844, 1799246 }, // Niushou
        { "王寨街道", "fancheng", 112.12011, 32.05468, 8524968 }, // Wangzha
        { "团山镇", "gaoxin", 112.13429, 32.10291, 8525115 }, // Tuanshan
        { "米庄镇", "gaoxin", 112.15523, 32.13538, 1909340 }, // Mizhuang
        { "伙牌镇", "xiangzhou", 112.12698, 32.16263, 1909338 }, // Huopai
        { "双沟镇", "xiangzhou", 112.38052, 32.18957, 1794730 }, // Shuanggou
        { "古驿镇", "xiangzhou", 112.22994, 32.26199, 1895535 }, // Guyi
        { "峪山镇", "xiangzhou", 112.36785, 31.98946, 1785622 }, // Yushan
        { "张家集镇", "xiangzhou", 112.43662, 32.10424, 1895536 }, // Zhangjiaji
        { "石桥镇", "xiangzhou", 111.97503, 32.35173, 1795044 }, // Shiqiao
        { "程河镇", "xiangzhou", 112.43149, 32.29350, 1815268 }, // Chenghe
        { "黄集镇", "xiangzhou", 112.13264, 32.31139, 1807456 }, // Huangji
        { "黄龙镇", "xiangzhou", 112.45583, 31.97389, 1807364 }, // Huanglong
        { "龙王镇", "xiangzhou", 111.97292, 32.21184, 8525404 }, // Longwang
        { "东津镇", "dongjin", 112.22496, 32.02526, 1812435 }, // Dongjin
        { "仙人渡镇", "laohekou", 111.71388, 32.25661, 1790389 }, // Xianrendu
        { "张集镇", "laohekou", 111.86762, 32.35600, 1785232 }, // Zhangji
        { "洪山嘴镇", "laohekou", 111.66028, 32.45453, 8511224 }, // Hongshanzui
        { "袁冲乡", "laohekou", 111.73396, 32.52662, 1908470 }, // Yuanchong
        { "七方镇", "zaoyang", 112.56284, 32.20368, 8525381 }, // Qifang
        { "兴隆镇", "zaoyang", 112.90305, 32.04930, 1788969 }, // Xinglong
        { "刘升镇", "zaoyang", 112.95996, 32.15141, 1909393 }, // Liusheng
        { "吴店镇", "zaoyang", 112.77102, 31.98325, 1791307 }, // Wudian
        { "太平镇", "zaoyang", 112.75684, 32.28665, 1793605 }, // Taiping
        { "平林镇", "zaoyang", 112.70933, 31.82476, 1798753 }, // Pinglin
        { "新市镇", "zaoyang", 112.96482, 32.33435, 1788634 }, // Xinshi
        { "杨垱镇", "zaoyang", 112.63653, 32.31222, 1787640 }, // Yangdang
        { "熊集镇", "zaoyang", 112.65472, 31.95639, 1788416 }, // Xiongji
        { "王城镇", "zaoyang", 112.93633, 31.95798, 1792158 }, // Wangcheng
        { "琚湾镇", "zaoyang", 112.59133, 32.05165, 8524962 }, // Juwan
        { "鹿头镇", "zaoyang", 112.92987, 32.24550, 1801700 }, // Lutou
        { "刘猴镇", "yicheng", 112.02225, 31.48447, 1803109 }, // Liuhou
        { "南营街道", "yicheng", 112.29148, 31.73436, 8535383 }, // Nanying
        { "孔湾镇", "yicheng", 112.26634, 31.57096, 1804734 }, // Kongwan
        { "小河镇", "yicheng", 112.15222, 31.80389, 1790210 }, // Xiaohe
        { "板桥店镇", "yicheng", 112.51205, 31.74967, 1817033 }, // Banqiaodian
        { "流水镇", "yicheng", 112.44798, 31.56707, 1802918 }, // Liushui
        { "郑集镇", "yicheng", 112.30100, 31.64812, 7656071 }, // Zhengji
        { "鄢城街道", "yicheng", 112.25611, 31.70472, 1786759 }, // Yicheng
        { "东巩镇", "nanzhang", 111.83147, 31.32580, 1812558 }, // Donggong
        { "城关镇", "nanzhang", 111.84344, 31.78262, 8511521 }, // Chengguan
        { "巡检镇", "nanzhang", 111.61165, 31.38591, 1787890 }, // Xunjian
        { "李庙镇", "nanzhang", 111.67806, 31.83213, 1803609 }, // Limiao
        { "板桥镇", "nanzhang", 111.58624, 31.52980, 1817034 }, // Banqiao
        { "肖堰镇", "nanzhang", 111.76568, 31.48848, 1789909 }, // Xiaoyan
        { "薛坪镇", "nanzhang", 111.66716, 31.63649, 1787987 }, // Xueping
        { "长坪镇", "nanzhang", 111.55357, 31.79065, 1815599 }, // Changping
        { "五山镇", "gucheng", 111.35614, 32.30795, 8510804 }, // Wushan
        { "冷集镇", "gucheng", 111.59312, 32.36744, 1804185 }, // Lengji
        { "南河镇", "gucheng", 111.50894, 32.17342, 1908448 }, // Nanhe
        { "城关镇", "gucheng", 111.63476, 32.26604, 1809610 }, // Gucheng Chengguanzhen
        { "庙滩镇", "gucheng", 111.74849, 32.14119, 1800573 }, // Miaotan
        { "石花镇", "gucheng", 111.45617, 32.27845, 8510923 }, // Shihua
        { "紫金镇", "gucheng", 111.30591, 32.13460, 1783730 }, // Zijin
        { "茨河镇", "gucheng", 111.83767, 32.04884, 1814748 }, // Cihe
        { "后坪镇", "baokang", 111.22184, 31.74396, 1807810 }, // Houping
        { "城关镇", "baokang", 111.25639, 31.87806, 1816933 }, // Baokang Chengguanzhen
        { "寺坪镇", "baokang", 111.13187, 31.98691, 1794185 }, // Siping
        { "店垭镇", "baokang", 111.33367, 31.39875, 1812900 }, // Dianya
        { "歇马镇", "baokang", 111.17182, 31.61814, 1789544 }, // Xiema
        { "过渡湾镇", "baokang", 111.25758, 31.99393, 8510679 }, // Guoduwan
        { "马桥镇", "baokang", 110.93214, 31.75374, 1801086 }, // Maqiao
        { "马良镇", "baokang", 111.31825, 31.53862, 1801364 }, // Maliang
        { "黄堡镇", "baokang", 111.33980, 31.82736, 8510779 }, // Huangbao
        { "龙坪镇", "baokang", 111.49645, 31.65744, 8510978 }, // Longping
    };

    [Theory]
    [MemberData(nameof(Seats))]
    public void Seat_is_within_3_km_of_the_reference(string name, string district, double lng, double lat, int geonamesId)
    {
        var place = Gazetteer.Xiangyang.FindAll(name).SingleOrDefault(p => p.District == district && p.Kind == PlaceKind.Township);
        Assert.NotNull(place);
        var reference = ChinaDatums.FromWgs84(lng, lat);
        var meters = GeoMath.DistanceMeters(place.Point, reference);
        Assert.True(meters <= ToleranceMeters, $"{name} ({district}) is {meters / 1000:0.0} km from GeoNames {geonamesId}");
    }

    /// <summary>Streets of a city proper, small enough that any point in the built-up area is within 3 km of the people in them.</summary>
    private static readonly HashSet<string> CityStreets =
    [
        "中原街道", "定中门街道", "米公街道", "屏襄门街道", "汉江街道", "清河口街道", "紫贞街道", "七里河街道", "东风街道",
        "古城街道", "真武山街道", "庞公街道", "檀溪街道", "张湾街道", "肖湾街道", "六两河街道", "光化街道", "酂阳街道",
        "北城街道", "南城街道", "环城街道", "龙头街道", "鱼梁洲开发区",
    ];

    /// <summary>
    /// Seats more than 3 km from the second reference's point, and why the gazetteer keeps its own: the figure's data says
    /// which reference is trusted where the two disagree (团山); the others have no GeoNames point to weigh against.
    /// </summary>
    private static readonly Dictionary<(string Name, string District), string> FarFromSecondReference = new()
    {
        [("团山镇", "gaoxin")] = "GeoNames trusted (township-reference.tsv says why)",
        [("余家湖街道", "xiangcheng")] = "the source's point for a large street is an area centre; the seat is unconfirmed and marked approximate",
        [("张湾街道", "xiangzhou")] = "the source's own community points (张湾, 红星, 金华) lie around the gazetteer's point, 3 km from its street centre",
        [("环城街道", "zaoyang")] = "a ring street round the city; the source's centre is 1 km from 南城's, inside the town",
    };

    /// <summary>Township seats the second reference gives: name, district (joined through the codes of township-reference.tsv) and GCJ-02 point.</summary>
    private static List<(string Name, string District, GeoPoint Point)> SecondReference()
    {
        static IEnumerable<string[]> Fields(string file) =>
            File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Geography", "Data", file))
                .Where(line => line.Length > 0 && line[0] != '#')
                .Select(line => line.Split('\t'));

        var units = Fields("township-reference.tsv").ToDictionary(f => f[0], f => (Name: f[1], District: f[3]), StringComparer.Ordinal);
        return
        [
            .. Fields("township-reference-adcode.tsv").Select(f => (
                units[f[0]].Name,
                units[f[0]].District,
                new GeoPoint(double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)))),
        ];
    }

    private static Place Township(string name, string district) =>
        Gazetteer.Xiangyang.FindAll(name).Single(p => p.District == district && p.Kind == PlaceKind.Township);

    [Fact]
    public void Seat_is_within_3_km_of_the_second_reference_or_the_exception_says_why()
    {
        var seats = SecondReference();
        Assert.True(seats.Count >= 90, $"the second reference gives {seats.Count} seats");
        var far = seats
            .Where(s => GeoMath.DistanceMeters(Township(s.Name, s.District).Point, s.Point) > ToleranceMeters)
            .Select(s => (s.Name, s.District))
            .ToHashSet();
        Assert.All(far, s => Assert.True(FarFromSecondReference.ContainsKey(s), $"{s.Name} ({s.District}) is over 3 km from the second reference"));
        Assert.All(FarFromSecondReference.Keys, s => Assert.True(far.Contains(s), $"{s.Name} ({s.District}) is listed as far from the second reference but is not"));
    }

    [Fact]
    public void A_seat_no_reference_confirms_is_marked_approximate()
    {
        var pinned = Seats.Select(row => ((string)row[0], (string)row[1])).ToHashSet();
        pinned.UnionWith(SecondReference()
            .Where(s => GeoMath.DistanceMeters(Township(s.Name, s.District).Point, s.Point) <= ToleranceMeters)
            .Select(s => (s.Name, s.District)));
        var unconfirmed = Gazetteer.Xiangyang.Places
            .Where(p => p.Kind == PlaceKind.Township && !pinned.Contains((p.Name, p.District)) && !CityStreets.Contains(p.Name))
            .ToList();
        Assert.NotEmpty(unconfirmed);
        Assert.All(unconfirmed, p => Assert.True(p.Approximate, $"{p.Name} ({p.District}) has no reference and is not marked approximate"));
        Assert.All(Gazetteer.Xiangyang.Places.Where(p => pinned.Contains((p.Name, p.District)) && p.Kind == PlaceKind.Township), p => Assert.False(p.Approximate, p.Name));
    }

    [Fact]
    public void The_reference_covers_every_district_with_rural_townships()
    {
        var districts = Seats.Select(row => (string)row[1]).ToHashSet();
        string[] rural = ["xiangcheng", "fancheng", "gaoxin", "xiangzhou", "dongjin", "laohekou", "zaoyang", "yicheng", "nanzhang", "gucheng", "baokang"];
        Assert.All(rural, d => Assert.Contains(d, districts));
    }
}
