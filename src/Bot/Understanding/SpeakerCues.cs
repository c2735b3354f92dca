using System.Buffers;
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
    [GeneratedRegex("车找货|货找车|找货源|有货的联系|有货的老板|运费|货运|回程车|回头车|返程车|顺风车|配货|物流专线|专线直达|拼车|还有.个座|出售|转让|二手|回收|收购|求购|批发|送货上门|货到付款|包邮|现货|欢迎选购|欢迎订购|零售|特价|清仓|甩卖|低价出|厂家直销|定制|出租(?!劳力|劳动力|人工)|招租|租房|房出|(?<!外)卖(?![货力命场])|散养|土特产|办卡|半价|打折|酬宾|味道好|推荐一下|贷款找我|放款|无抵押|秒批|额度|利息低|低息|借款|网贷|征信|驾校|招生|包过|包拿证|包教包会|技校|推荐就业|学历提升|加盟|代理招|刷单|兼职打字|加V|加v|加微|日入|在家就能做|宝妈|理发|美甲|婚庆|招聘会|人才市场")]
    public static partial Regex Goods();

    /// <summary>Warnings about fake recruiters: they name hiring but nobody hires.</summary>
    [GeneratedRegex("大家小心|千万别|别上当|黑中介|冒充|骗子|骗钱")]
    public static partial Regex Warning();

    /// <summary>A person looking for work for themself: what they once did (做过美容美甲) is no advert.</summary>
    [GeneratedRegex("想找|想进(?:个|一家)?厂|求职(?!者)|找活|找工作|找个.{0,8}(?:活|事|工作)")]
    public static partial Regex SeeksWork();

    /// <summary>Goods for sale, rent or wanted: the trade words name the goods (二手电焊机, 出租挖机), not work.</summary>
    [GeneratedRegex("出售|转让|二手|出租(?!劳力|劳动力|人工)|求购|收购|回收|批发|送货上门|货到付款|包邮|(?<!外)卖(?![货力命场])")]
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
    [GeneratedRegex("求职|求活|求工作|找活|找工作|本人(?!.{0,6}(?:招|诚聘|急需))|我是一名|我们(?:是|有|两口子|夫妻|俩|几个|一家|班组|团队|队伍)|夫妻(?:俩|两个|二人|档|工)|两口子|(?:哪里|哪儿|哪位老板|谁)需要(?=[ ,.?!]|$)|(?<!有)班组(?!长|优先|的优先)|突击队|施工队|(?:长期|专业)?承接|承包.{0,8}(?:活|工程|项目)|接(?:各种|各类)?(?:活|工程|小活|零活)|有活(?:请|就|的)?(?:联系|电话|打|找|call|喊|叫)|有需要(?:的)?(?:请)?(?:联系|打|找|电话)|可上门|上门服务|随叫随到|出租劳力|出劳力|需要的(?:老板)?(?:请)?(?:联系|打电话|电话|call)|(?<![谁的])(?:有空|有时间)(?!的)|想进(?:个|一家)?(?:厂|工厂|电子厂)|(?:寻找|寻|求|找)(?:个)?(?:工地|工程|合作|项目)(?![上里的]?(?:小工|大工|杂工|干活的))|寻求合作|(?:现有|手上有|手下有|手里有|我这有|我这里有|我方有|本队有)[^ ,.0-9]{0,5}?[0-9一二两三四五六七八九十几]+(?:多)?(?:个|名|位)?[^ ,.]{0,4}?(?:人|工|师傅)|(?:寻找|寻|求)[^ ,.]{1,6}?(?:工程|工地|项目)|本队|我方(?:有|人员)|本班组|本团队|本人团队|我们团队|(?:哪个|哪位|哪家|有需要的|需要的)老板(?:需要|要人|联系|打)|老板需要(?:的)?(?:联系|打|请)|可包可点|包工点工都|点工包工都|包点都|我们(?:[0-9一二两三四五六七八九十几]+)个?人|价格(?:实惠|优惠|合理)|质量保证|服务周到")]
    public static partial Regex OfferStrong();

    /// <summary>Something a worker tells about themself beside a question (今天有活吗 会电焊 / 我在宜城 / 我是A照 / 女 45).</summary>
    [GeneratedRegex("我(?:在|有|是|会|能)|本人|(?<![不都])会(?!不会|议|员|计|所|场)[\\u4e00-\\u9fa5]|[0-9]{2} ?岁|(?:^|[ ,])[男女] ?[0-9]{2}(?![0-9])")]
    public static partial Regex SelfDetail();

    /// <summary>A complaint wanting redress: with a rights word it is a consultation even when it quotes the hiring (招工的时候说好…).</summary>
    [GeneratedRegex("怎么办|咋办|么样办|怎么搞|合法|违法|找谁|找哪|去哪里告|哪里告|能告|告他|投诉|维权|仲裁|劳动局|劳动监察|12333|要回|讨薪|讨回|能不能要")]
    public static partial Regex Grievance();

    /// <summary>Questions about the service rather than work: fees, who runs it, how to post or remove a post.</summary>
    [GeneratedRegex("(?:收费|收钱|要钱|要不要钱|免费|中介费|要交钱)(?:吗|不|么|没有)|收不收(?:费|钱)|中介费|(?:平台|你们).{0,8}(?:政府|正规|靠谱|真的|骗)|是不是骗|(?:公众号|你们).{0,6}(?:能不能|可以|可不可以)?帮(?:我|我们)?发")]
    public static partial Regex ServiceQuestion();

    /// <summary>谁有空 / 有空的来: an employer calling round for hands.</summary>
    /// <summary>有没有会修空调的师傅: someone asking round for a tradesman wants the work done, nobody asks that for themself.</summary>
    [GeneratedRegex("(?:有没有|有冇得|有没得|哪里有|哪位|谁)(?:人|哪位)?会[^ ,.?]{1,8}?的?师傅")]
    public static partial Regex AsksForTradesman();

    /// <summary>Whether the sender wants the messages to stop; the phrasings are looked for only when one of their characters is there.</summary>
    public static bool StopsMessages(string plain) => plain.AsSpan().IndexOfAny(StopChars) >= 0 && StopMessages().IsMatch(plain);

    private static readonly SearchValues<char> StopChars = SearchValues.Create("推发知扰骚删注收停消活作烦");

    /// <summary>A question about insurance or social security that accuses nobody; looked for only when 保 or 险 is there.</summary>
    public static bool AsksAboutCover(string plain) =>
        plain.AsSpan().IndexOfAny(CoverChars) >= 0 && InsuranceQuestion().IsMatch(plain) && !EmployerWrong().IsMatch(plain);

    private static readonly SearchValues<char> CoverChars = SearchValues.Create("保险");

    /// <summary>A message about the service's messages themselves: stop them, they come too often, take my number off.</summary>
    [GeneratedRegex("不用(?:再)?(?:给我)?(?:推|发)了|取消(?:这个)?(?:服务|订阅|关注|推送)|不找活了|不找工作了|不再找活|你们.{0,2}烦|(?:老|总|总是|一直)给我发|以后(?:不要|别|不用)(?:再)?(?:给我)?(?:推|发)|不要(?:再)?(?:给我)?推(?:了|送|这些|信息|消息)?|别(?:再)?(?:给我)?推(?:了|送|这些|信息|消息)|不用(?:再)?通知|天天发|老是发|一直发|总是发|发个不停|不要打扰|别打扰|打扰我|骚扰|删(?:了|掉|除)?我的(?:号码|电话|手机)|把我(?:的)?(?:号码|电话|手机)?删|取消关注|不想(?:再)?收|不再接收|停止发送|停发|勿再发|不要发(?:短信|信息|消息)|别发(?:短信|信息|消息)")]
    public static partial Regex StopMessages();

    /// <summary>A poster's own post is filled: with a request to stop pushing it, that is closing the post, not unsubscribing.</summary>
    [GeneratedRegex("招够|招满|已满|招到|找到人|找好人|人(?:已经|都|己经)?(?:找好|找到|够了|齐了|有了|到了|招齐)|不招|不要人|有人了|不用人了")]
    public static partial Regex PostFilled();

    /// <summary>A question about insurance or social security, not about an employer's wrong: 在工地干活有没有工伤保险 / 摔伤了有没有什么保险能报.</summary>
    [GeneratedRegex("(?:工伤保险|工伤险|意外险|意外保险|什么保险|啥保险|哪种保险|社保|医保|养老保险|失业保险)(?:.{0,6})?(?:吗|能报|怎么|么样|咋|多少|哪里|找谁|可以|能不能|\\?)|(?:有没有|能不能|怎么|怎样|咋)(?:买|交|办|报|上|参加)?.{0,4}(?:工伤保险|工伤险|意外险|意外保险|什么保险|社保|医保|养老保险)")]
    public static partial Regex InsuranceQuestion();

    /// <summary>An employer's wrong in a complaint: unpaid, withheld, refused, ran off.</summary>
    [GeneratedRegex("欠|不给|没给|没有给|不帮|拖|不管|不赔|不认|跑了|克扣|扣了|辞退|开除|不签|不交|没交|没买|不买|没帮")]
    public static partial Regex EmployerWrong();

    /// <summary>Work talk: a message with none of these words, no trade and no phone is chatter, whatever day it names.</summary>
    public static bool TalksWork(string plain) => plain.AsSpan().IndexOfAny(WorkChars) >= 0;

    private static readonly SearchValues<char> WorkChars = SearchValues.Create("活工事干做招聘岗班单挣赚钱薪结搬卸装扫修送护摘种收职业傅姨板手空闲");

    /// <summary>Mood, weather and pleasantries: a day named in them (今天太热了, 明天就过年了) is no date of work.</summary>
    [GeneratedRegex("累|开心|高兴|热闹|吃饭了|吃了吗|心累|郁闷|无聊|睡觉|喝酒|好热|太热|热死|好冷|太冷|冷死|降温|下雨|下雪|雨停|天气|过年|新年|快乐|节日|晚安|早上好|早安|加油|哈哈|辛苦|休息|放假")]
    public static partial Regex Mood();

    [GeneratedRegex("谁有空|谁有时间|谁能来|谁想干|谁愿意|谁去(?!过)|有空的(?:来|联系|打|速)|(?:想来|要来|愿意来|有意向?)的(?:打|联系|电话|速|直接)|(?:找|要|请) ?(?:[0-9]|一|两)?(?:个|位|名)?(?:会[^ ,.]{1,8}?的)?师傅|(?:找|要|请)(?:个|位|名)会[^ ,.]{1,8}?的(?![活事])")]
    public static partial Regex CallForHands();
}
