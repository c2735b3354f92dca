using ZeroWork.Market.Geography;
using ZeroWork.Market.Stations;

namespace ZeroWork.Market.Seeding;

/// <summary>Xiangyang's station network as reference data: the city hub, a sub-station in each of the 11 county-level areas and township stations at real township seats and streets. Points come from the gazetteer.</summary>
public static class StationSeed
{
    /// <summary>Township stations: (district, township or street as the gazetteer names it).</summary>
    public static readonly IReadOnlyList<(string District, string Township)> Townships =
    [
        ("fancheng", "太平店镇"), ("fancheng", "牛首镇"), ("fancheng", "柿铺街道"),
        ("xiangcheng", "欧庙镇"), ("xiangcheng", "卧龙镇"), ("xiangcheng", "尹集乡"),
        ("xiangzhou", "双沟镇"), ("xiangzhou", "张家集镇"), ("xiangzhou", "黄集镇"),
        ("gaoxin", "七里河街道"), ("gaoxin", "团山镇"), ("gaoxin", "米庄镇"),
        ("dongjin", "东津镇"),
        ("laohekou", "孟楼镇"), ("laohekou", "仙人渡镇"), ("laohekou", "竹林桥镇"),
        ("zaoyang", "吴店镇"), ("zaoyang", "兴隆镇"), ("zaoyang", "鹿头镇"),
        ("yicheng", "小河镇"), ("yicheng", "流水镇"), ("yicheng", "郑集镇"),
        ("nanzhang", "武安镇"), ("nanzhang", "九集镇"), ("nanzhang", "李庙镇"),
        ("gucheng", "石花镇"), ("gucheng", "盛康镇"), ("gucheng", "茨河镇"),
        ("baokang", "马良镇"), ("baokang", "歇马镇"), ("baokang", "黄堡镇"),
    ];

    public static IReadOnlyList<Station> Build(Gazetteer gazetteer, DateTime now)
    {
        var stations = new List<Station>
        {
            Operating(now) with
            {
                Id = "hub",
                Name = "襄阳市零工市场总站",
                Level = StationLevel.CityHub,
                District = "fancheng",
                Address = "襄阳市樊城区",
                Point = gazetteer.Find("樊城区")?.Point,
                Hotline = "0710-12333",
                AreaSquareMeters = 600,
                Plaque = "襄阳市零工市场",
            },
        };
        foreach (var (code, name) in Districts.Names)
        {
            stations.Add(Operating(now) with
            {
                Id = $"sub-{code}",
                Name = $"{name}零工市场分站",
                Level = StationLevel.SubStation,
                ParentId = "hub",
                District = code,
                Address = $"襄阳市{name}",
                Point = gazetteer.Find(name)?.Point,
                Hotline = "0710-12333",
                AreaSquareMeters = 200,
                Plaque = $"{name}零工市场",
            });
        }

        foreach (var (code, township) in Townships)
        {
            var place = gazetteer.Find(township);
            var plaque = StationNames.Plaque(township);
            stations.Add(Operating(now) with
            {
                Id = $"tw-{code}-{stations.Count:00}",
                Name = plaque,
                Level = StationLevel.Township,
                ParentId = $"sub-{code}",
                District = code,
                Township = township,
                Address = $"{Districts.NameOf(code)}{township}",
                Point = place?.Point,
                AreaSquareMeters = 40,
                Plaque = plaque,
            });
        }

        return stations;
    }

    private static Station Operating(DateTime now) => new()
    {
        State = StationState.Operating,
        HasFixedPremises = true,
        Staff = ["值班工作人员"],
        // 第三条: the public services, then the conveniences every station offers those waiting for work.
        Services = StationServices.All,
        // An operating station has passed 第九条's review, rules included; the reference data has no station's own text, so it says so.
        ServiceRules = "执行《襄阳市零工市场管理办法（试行）》第十四条：规章制度具体细化，服务内容明确，服务流程完善，热情周到，不泄露单位和个人隐私信息。（参考数据，以驿站报送的服务规章制度为准）",
        OpeningHours = "周一至周日 6:30-18:00",
        History = [new StationEvent { At = now, Actor = "system", Action = "导入", Note = "全市零工市场网络参考数据" }],
    };
}
