namespace ZeroWork.Bot.Understanding;

/// <summary>Cities, districts and provinces outside Xiangyang that senders name (work elsewhere has no Xiangyang district), plus the city itself.</summary>
internal static class OutsidePlaces
{
    /// <summary>Names of Xiangyang as a whole: they qualify a place (襄阳火车站) but are not a district.</summary>
    public static readonly string[] City = ["襄阳市", "襄阳", "襄樊市", "襄樊", "湖北省襄阳市", "湖北襄阳"];

    /// <summary>Words that say only "somewhere else" (可去外地, 人在外地): they keep Xiangyang's short names from counting but are no place.</summary>
    public static readonly HashSet<string> Vague = new(StringComparer.Ordinal) { "外地", "外省" };

    public static readonly string[] Names =
    [
        "武汉", "汉口", "武昌", "汉阳", "光谷", "十堰", "宜昌", "荆州", "荆门", "随州", "孝感", "黄冈", "黄石", "鄂州", "咸宁", "恩施",
        "仙桃", "潜江", "天门", "神农架", "丹江口", "钟祥", "沙市", "郧阳", "房县", "竹山", "南阳", "邓州", "新野", "唐河", "淅川", "内乡",
        "郑州", "北京", "上海", "广州", "深圳", "东莞", "佛山", "杭州", "宁波", "苏州", "南京", "无锡", "成都", "重庆", "西安", "长沙",
        "天津", "厦门", "福州", "泉州", "青岛", "济南", "合肥", "南昌", "昆明", "贵阳", "南宁", "海口", "三亚", "石家庄", "太原", "沈阳",
        "大连", "长春", "哈尔滨", "兰州", "乌鲁木齐", "温州", "义乌", "嘉兴", "绍兴", "金华", "台州", "常州", "南通", "徐州", "扬州",
        "惠州", "中山", "珠海", "江门", "昆山", "洛阳", "开封", "许昌", "信阳", "驻马店", "周口", "商丘", "新乡", "安阳", "岳阳", "常德",
        "株洲", "湘潭", "衡阳", "九江", "赣州", "芜湖", "蚌埠", "保定", "廊坊", "唐山", "烟台", "潍坊", "临沂", "济宁", "淄博", "银川",
        "西宁", "拉萨", "呼和浩特", "包头", "柳州", "桂林", "遵义", "绵阳", "宜宾", "泸州", "南充", "汕头", "湛江", "肇庆", "清远", "揭阳",
        "河南", "湖南", "广东", "浙江", "江苏", "四川", "陕西", "山东", "河北", "安徽", "江西", "福建", "广西", "云南", "贵州", "山西",
        "甘肃", "新疆", "辽宁", "吉林", "黑龙江", "内蒙古", "海南", "宁夏", "青海", "西藏", "外地", "外省",
    ];
}
