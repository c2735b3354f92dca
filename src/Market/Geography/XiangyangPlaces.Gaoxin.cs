namespace ZeroWork.Market.Geography;

/// <remarks>The statistical codes file 紫贞、七里河、东风 streets and 团山、米庄 towns under 高新区, whatever older district a sender names.</remarks>
internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Gaoxin() =>
    [
        Town("紫贞街道", "gaoxin", 112.148, 32.072),
        Town("七里河街道", "gaoxin", 112.131, 32.079),
        Town("东风街道", "gaoxin", 112.173, 32.090),
        Town("团山镇", "gaoxin", 112.140, 32.101),
        Town("米庄镇", "gaoxin", 112.161, 32.133),
        Spot("长虹路", "gaoxin", 112.158, 32.068, "长虹北路", "长虹南路"),
        Spot("万达广场", "gaoxin", 112.159, 32.071, "万达", "襄阳万达", "高新万达"),
        Spot("追日路", "gaoxin", 112.170, 32.100),
        Spot("团山路", "gaoxin", 112.165, 32.110),
        Spot("邓城大道", "gaoxin", 112.150, 32.085),
        Spot("紫贞公园", "gaoxin", 112.150, 32.075),
        Spot("汽车产业园", "gaoxin", 112.175, 32.105, "汽车工业园", "东风汽车产业园", "高新区汽车工业园"),
        Spot("深圳工业园", "gaoxin", 112.190, 32.110),
    ];
}
