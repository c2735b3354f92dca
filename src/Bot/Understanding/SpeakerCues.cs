using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// Words that tell who is speaking on a job board: a worker or a team offering their labour, a worker telling something
/// about themself, content that is neither offer nor post (freight, goods, loans, adverts, warnings, group talk), and
/// questions about the service itself.
/// </summary>
internal static partial class SpeakerCues
{
    /// <summary>Freight, goods, rentals, loans, schools' and shops' adverts, consumer services and warnings: nobody offers or wants labour.</summary>
    [GeneratedRegex("车找货|货找车|找货源|有货的联系|有货的老板|运费|货运|回程车|回头车|返程车|顺风车|配货|物流专线|专线直达|拼车|还有.个座|出售|转让|二手|回收|批发|特价|清仓|甩卖|低价出|厂家直销|定制|出租|招租|租房|房出|(?<!外)卖(?![货力命场])|散养|土特产|办卡|半价|打折|酬宾|味道好|推荐一下|贷款找我|放款|无抵押|秒批|额度|利息低|低息|借款|网贷|征信|驾校|招生|包过|包拿证|包教包会|技校|推荐就业|学历提升|加盟|代理招|刷单|兼职打字|加V|加v|加微|日入|在家就能做|宝妈|理发|美甲|婚庆|招聘会|人才市场")]
    public static partial Regex Goods();

    /// <summary>Warnings about fake recruiters: they name hiring but nobody hires.</summary>
    [GeneratedRegex("大家小心|千万别|别上当|黑中介|冒充|骗子|骗钱")]
    public static partial Regex Warning();

    /// <summary>A person looking for work for themself: what they once did (做过美容美甲) is no advert.</summary>
    [GeneratedRegex("想找|求职(?!者)|找活|找工作|找个.{0,8}(?:活|事|工作)")]
    public static partial Regex SeeksWork();

    /// <summary>Goods for sale, rent or wanted: the trade words name the goods (二手电焊机, 出租挖机), not work.</summary>
    [GeneratedRegex("出售|转让|二手|出租|求购|回收|批发|(?<!外)卖(?![货力命场])")]
    public static partial Regex Sale();

    /// <summary>A vehicle offered or wanted for a load: that names driving.</summary>
    [GeneratedRegex("车找货|货找车|找货源|求货|回程车|回头车|返程车|货运|配货|空车")]
    public static partial Regex Freight();

    /// <summary>Talk among the group: plans to travel together, asking others' experience, warnings, moods and pleasantries.</summary>
    [GeneratedRegex("一起去|一起的|有个伴|有个照应|有没有人知道|谁去过|你们谁|(?:有没有|谁)(?:人)?(?:做过|干过|去过|跑过)|(?:想问下|问一下).{0,12}(?:能挣|挣多少|赚多少|一单多少|一个月多少)|真难|累死|大家(?:休息|早点|小心|注意|别|不要)|转发")]
    public static partial Regex GroupTalk();

    [GeneratedRegex("^(?:早上好|早安|午安|晚上好|晚安|大家好|新年好|过年好)|加油|哈哈|恭喜|快乐|红包|点赞|群主|进群|拉群|谢谢大家|辛苦了|吃了吗|天气")]
    public static partial Regex Chatter();

    /// <summary>A worker, a couple or a team offering labour, in the words only they use: 本人/我们班组/承接/求活/有活联系/可上门.</summary>
    [GeneratedRegex("求职|求活|求工作|找活|找工作|本人(?!.{0,6}(?:招|诚聘|急需))|我是一名|我们(?:是|有|两口子|夫妻|俩|几个|一家|班组|团队|队伍)|夫妻(?:俩|两个|二人)|两口子|(?<!有)班组(?!长|优先|的优先)|突击队|施工队|(?:长期|专业)?承接|承包.{0,8}(?:活|工程|项目)|接(?:各种|各类)?(?:活|工程|小活|零活)|有活(?:请|就|的)?(?:联系|电话|打|找|call|喊|叫)|有需要(?:的)?(?:请)?(?:联系|打|找|电话)|可上门|上门服务|随叫随到|价格(?:实惠|优惠|合理)|质量保证|服务周到")]
    public static partial Regex OfferStrong();

    /// <summary>Something a worker tells about themself beside a question (今天有活吗 会电焊 / 我在宜城 / 我是A照 / 女 45).</summary>
    [GeneratedRegex("我(?:在|有|是|会|能)|本人|(?<![不都])会(?!不会|议|员|计|所|场)[\\u4e00-\\u9fa5]|[0-9]{2} ?岁|(?:^|[ ,])[男女] ?[0-9]{2}(?![0-9])")]
    public static partial Regex SelfDetail();

    /// <summary>Questions about the service rather than work: fees, who runs it, how to post or remove a post.</summary>
    [GeneratedRegex("(?:收费|收钱|要钱|要不要钱|免费|中介费|要交钱)(?:吗|不|么|没有)|收不收(?:费|钱)|中介费|(?:平台|你们).{0,8}(?:政府|正规|靠谱|真的|骗)|是不是骗|(?:公众号|你们).{0,6}(?:能不能|可以|可不可以)?帮(?:我|我们)?发")]
    public static partial Regex ServiceQuestion();

    /// <summary>谁有空 / 有空的来: an employer calling round for hands.</summary>
    [GeneratedRegex("谁有空|谁有时间|谁能来|谁想干|谁愿意|谁去(?!过)|有空的(?:来|联系|打|速)|(?:想来|要来|愿意来|有意向?)的(?:打|联系|电话|速|直接)|(?:找|要|请) ?(?:[0-9]|一|两)?(?:个|位|名)?(?:会[^ ,.]{1,8}?的)?师傅|(?:找|要|请)(?:个|位|名)会[^ ,.]{1,8}?的(?![活事])")]
    public static partial Regex CallForHands();
}
