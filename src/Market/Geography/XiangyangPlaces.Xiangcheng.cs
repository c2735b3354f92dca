namespace ZeroWork.Market.Geography;

internal static partial class XiangyangPlaces
{
    private static IEnumerable<Place> Xiangcheng() =>
    [
        Town("古城街道", "xiangcheng", 112.146, 32.012),
        Town("真武山街道", "xiangcheng", 112.138, 31.997),
        Town("庞公街道", "xiangcheng", 112.166, 32.012),
        Town("檀溪街道", "xiangcheng", 112.125, 32.017),
        Town("隆中街道", "xiangcheng", 112.088, 32.008),
        Unverified(Town("余家湖街道", "xiangcheng", 112.192, 31.936)),
        Town("尹集乡", "xiangcheng", 112.080, 31.939),
        Town("欧庙镇", "xiangcheng", 112.174, 31.859),
        Town("卧龙镇", "xiangcheng", 112.023, 32.023, "泥嘴"),
        Spot("襄阳古城", "xiangcheng", 112.146, 32.013, "襄城古城", "古城墙", "昭明台"),
        Spot("北街", "xiangcheng", 112.145, 32.015, "古城北街", "襄阳北街"),
        Spot("南街", "xiangcheng", 112.146, 32.008, "古城南街"),
        Spot("荆州街", "xiangcheng", 112.143, 32.006),
        Spot("檀溪路", "xiangcheng", 112.124, 32.015),
        Spot("檀溪湖", "xiangcheng", 112.122, 32.012),
        Spot("隆中路", "xiangcheng", 112.112, 32.019),
        Spot("古隆中", "xiangcheng", 112.072, 32.015, "隆中景区", "古隆中景区", "隆中风景区"),
        Spot("真武山", "xiangcheng", 112.136, 31.995),
        Spot("岘山", "xiangcheng", 112.165, 31.992, "岘山森林公园"),
        Spot("习家池", "xiangcheng", 112.170, 31.975),
        Spot("诸葛亮广场", "xiangcheng", 112.118, 32.020),
        Spot("湖北文理学院", "xiangcheng", 112.108, 32.022, "文理学院"),
        Spot("襄城汽车站", "xiangcheng", 112.130, 32.006, "南湖汽车站"),
        Spot("南湖宾馆", "xiangcheng", 112.134, 32.007, "南湖广场"),
        Spot("余家湖港", "xiangcheng", 112.197, 31.930, "余家湖码头"),
        Spot("襄城经济开发区", "xiangcheng", 112.130, 31.980, "襄城经开区"),
    ];
}
