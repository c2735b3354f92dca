namespace ZeroWork.Bot.Understanding;

/// <summary>Common single-character Chinese surnames (the great majority of people), for telling 王师傅 from 刷墙师傅.</summary>
internal static class Surnames
{
    private const string Common =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方邹熊孟秦邱白江阎闫薛尹段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由凤";

    private static readonly HashSet<char> Set = [.. Common];

    /// <summary>Characters that are surnames but mostly start ordinary words in these messages (车工, 都要, 时薪, 和灰, 门卫, 明天, 海边, 来了, 平米, 信息, 元旦, 普工, 全包, 强电, 花生...).</summary>
    private static readonly HashSet<char> Ambiguous = [.. "米毛施包童帅车都时和门明海来平信元普全强花路向安成文和高白金石方江古云国初相计支井位利区盘南原满单商应长师那展公"];

    private static readonly string[] Compound = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "端木", "夏侯", "西门", "长孙", "宇文", "司徒", "独孤"];

    public static bool IsSurname(char c) => Set.Contains(c);

    public static bool IsCompound(ReadOnlySpan<char> twoChars)
    {
        foreach (var c in Compound)
        {
            if (twoChars.SequenceEqual(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A surname that, standing alone (姓X, X师傅, 老X), is safely a name.</summary>
    public static bool IsLikelyAlone(char c) => Set.Contains(c) && !Ambiguous.Contains(c);
}
