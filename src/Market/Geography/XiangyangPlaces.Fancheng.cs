namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Fancheng() =>
    [
        Town("中原街道", "fancheng", 112.155, 32.048),
        Town("定中门街道", "fancheng", 112.142, 32.041),
        Town("米公街道", "fancheng", 112.124, 32.038),
        Town("屏襄门街道", "fancheng", 112.157, 32.044),
        // At the second reference's point (Vonng/adcode), among the street's own communities (高庄, 刘埂, 万户, 汉江北路 …); the
        // earlier point was 3.7 km east of all of them.
        Town("汉江街道", "fancheng", 112.138, 32.033),
        Town("王寨街道", "fancheng", 112.126, 32.053),
        Town("清河口街道", "fancheng", 112.181, 32.056),
        Town("柿铺街道", "fancheng", 112.080, 32.049),
        Town("太平店镇", "fancheng", 111.809, 32.133),
        Town("牛首镇", "fancheng", 111.975, 32.096),
        // 鱼梁洲经济开发区, a township-level unit filed under 樊城区 by the statistical codes: the island in the Han east of the old city.
        Town("鱼梁洲开发区", "fancheng", 112.196, 32.040, "鱼梁洲", "鱼梁洲经济开发区"),
        Spot("人民广场", "fancheng", 112.138, 32.045, "襄阳人民广场", "樊城人民广场"),
        Spot("襄阳站", "fancheng", 112.134, 32.064, "襄阳火车站", "火车站", "襄樊火车站", "襄阳站火车站"),
        Spot("襄阳汽车客运站", "fancheng", 112.138, 32.061, "汽车站", "襄阳汽车站", "客运站", "汽车客运站", "樊城汽车站"),
        Spot("米公祠", "fancheng", 112.121, 32.036),
        Spot("前进路", "fancheng", 112.136, 32.056),
        Spot("人民路", "fancheng", 112.140, 32.047),
        Spot("长征路", "fancheng", 112.148, 32.050),
        Spot("春园路", "fancheng", 112.150, 32.055),
        Spot("解放路", "fancheng", 112.146, 32.043),
        Spot("中原路", "fancheng", 112.158, 32.050),
        Spot("大庆路", "fancheng", 112.152, 32.060),
        Spot("建设路", "fancheng", 112.120, 32.045),
        Spot("樊城汉江大桥", "fancheng", 112.150, 32.035, "汉江一桥"),
        Spot("樊西", "fancheng", 112.110, 32.050, "樊西新区"),
        Spot("光彩大市场", "fancheng", 112.150, 32.070, "光彩市场"),
        Spot("樊城火车站", "fancheng", 112.134, 32.064, "樊城站"),
        Spot("襄阳市中心医院", "fancheng", 112.149, 32.047, "市中心医院", "中心医院"),
    ];
}
