using System.Buffers;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// Intent from words, context-free (the conversation layer decides with dialogue state): a bare 1 reads as accept, 2 as
/// decline, 0 as help, T/TD/退订 as unsubscribe. Then, in order: unsubscribe, a filled or cancelled post, an employer's
/// call for workers, a rights complaint, a policy or training question, a turned-down or taken push, a worker offering
/// themself, a worker searching, a greeting.
/// </summary>
internal static partial class IntentClassifier
{
    public static string Classify(NormalizedText text, IReadOnlyList<string> skills, bool hasContent, bool hasRate = false, bool hasPhone = false)
    {
        var plain = text.Plain.Trim();
        if (plain.Length == 0)
        {
            return Intents.Other;
        }

        if (Bare(plain) is { } bare && !IsNumberedList(plain))
        {
            return bare;
        }

        var numeric = text.Numeric;
        if (Unsubscribe().IsMatch(plain) || SpeakerCues.StopsMessages(plain))
        {
            // 人已经找到了 别再推了: the poster's post is filled; 找到活了 别再推了: a worker wants no more pushes.
            return SpeakerCues.PostFilled().IsMatch(plain) ? Intents.ClosePost : Intents.Unsubscribe;
        }

        // 怎么把我发的招工删掉 asks how to close a post; it closes nothing yet.
        if (HowTo().IsMatch(plain) || SpeakerCues.ServiceQuestion().IsMatch(plain))
        {
            return Intents.Help;
        }

        if (Closed().IsMatch(plain))
        {
            return Intents.ClosePost;
        }

        var asking = Question().IsMatch(plain);
        var calling = ExplicitHire(plain, asking);
        if (SpeakerCues.Warning().IsMatch(plain) || (!calling && NotLabour(plain, skills)))
        {
            return Intents.Other;
        }

        var shortReply = plain.Length <= 30 && skills.Count == 0;
        if (shortReply && ShortDecline().IsMatch(plain))
        {
            return Intents.Decline;
        }

        if (calling && Rights().IsMatch(plain) && SpeakerCues.Grievance().IsMatch(plain))
        {
            return Intents.ConsultRights; // 招工的时候说好一天三百 干完只给两百 怎么办: the hiring is what the complaint quotes
        }

        var offering = SpeakerCues.OfferStrong().IsMatch(plain);
        if (calling || IsHiring(plain, numeric, asking, offering))
        {
            return Intents.PostJob;
        }

        if (SpeakerCues.AsksAboutCover(plain))
        {
            return Intents.ConsultPolicy; // 摔伤了有没有什么保险能报: a question about cover, not a complaint against anyone
        }

        if (Rights().IsMatch(plain))
        {
            return Intents.ConsultRights;
        }

        if (!offering && GuardedEmployerTerms.IsMatch(numeric))
        {
            return Intents.PostJob;
        }

        if (Training().IsMatch(plain))
        {
            return Intents.Training;
        }

        // 本人退休电工 想找点零活: a worker telling their state, not asking about it.
        if (Policy().IsMatch(plain) && (asking || !SpeakerCues.SeeksWork().IsMatch(plain)))
        {
            return Intents.ConsultPolicy;
        }

        if (shortReply && Decline().IsMatch(plain))
        {
            return Intents.Decline;
        }

        if (shortReply && Accept().IsMatch(plain))
        {
            return Intents.Accept;
        }

        if (offering)
        {
            return Intents.OfferWork;
        }

        // 今天天气真好 / 群里有没有老乡: no trade, no phone, not a word about work or being free is chatter, whatever day it names.
        if (skills.Count == 0 && !hasPhone && !SpeakerCues.TalksWork(plain) && !Offer().IsMatch(plain))
        {
            return Help().IsMatch(plain) ? Intents.Help : Intents.Other;
        }

        // 今天有活吗 会电焊 老河口 139…: a question that also tells about the sender is an offer, a bare one a search.
        if (asking)
        {
            return hasPhone || SpeakerCues.SelfDetail().IsMatch(plain) ? Intents.OfferWork : Intents.SearchJobs;
        }

        if (Offer().IsMatch(plain) || GuardedOfferNumeric.IsMatch(numeric))
        {
            return Intents.OfferWork;
        }

        if (Search().IsMatch(plain))
        {
            return Intents.SearchJobs;
        }

        if (!offering && EmployerHints().IsMatch(plain))
        {
            return Intents.PostJob;
        }

        if (Help().IsMatch(plain))
        {
            return Intents.Help;
        }

        if (hasRate && !plain.Contains('我'))
        {
            return Intents.PostJob; // a bare advert: trade, place and a rate, nobody speaking for themself
        }

        if (skills.Count == 0 && !hasPhone && !plain.Contains('活') && SpeakerCues.Mood().IsMatch(plain))
        {
            return Intents.Other; // 今天发工资了 开心: a day and a mood, nobody offering anything
        }

        return hasContent || skills.Count > 0 ? Intents.OfferWork : Intents.Other;
    }

    /// <summary>
    /// ①电焊工 5名 ②打磨工 5名 normalises to "1 电焊工 5名 2 打磨工 5名": a post's numbered items, not the push's reply key 1.
    /// </summary>
    private static bool IsNumberedList(string plain) =>
        plain.Length > 6 && plain[0] == '1' && plain[1] == ' ' && plain.Contains(" 2 ", StringComparison.Ordinal);

    /// <summary>The one-word replies SMS users are told to send.</summary>
    private static string? Bare(string plain)
    {
        var trimmed = plain.AsSpan().TrimEnd(".!?, ~");
        if (trimmed.Length > LongestBareWord)
        {
            // Only the short replies below are bare; a long message needs neither the copy nor the lower-casing.
            return trimmed[1] is ' ' or ',' or '.' ? Numbered(trimmed[0]) : null;
        }

        // The bare words are ASCII or Chinese, so lowering ASCII letters is all the case folding they need.
        Span<char> lowered = stackalloc char[LongestBareWord];
        for (var i = 0; i < trimmed.Length; i++)
        {
            lowered[i] = char.IsAsciiLetterUpper(trimmed[i]) ? (char)(trimmed[i] | 0x20) : trimmed[i];
        }

        ReadOnlySpan<char> t = lowered[..trimmed.Length];
        switch (t)
        {
            case "1" or "接" or "接单" or "接了" or "好" or "好的" or "行" or "可以" or "去" or "我去" or "要得" or "中" or "ok" or "y" or "yes" or "确认":
                return Intents.Accept;
            case "2" or "不去" or "不接" or "不干" or "不要" or "算了" or "no" or "n" or "不了":
                return Intents.Decline;
            case "0" or "人工" or "客服" or "帮助" or "help" or "?" or "你好" or "您好" or "在吗" or "在不在" or "hi" or "hello" or "菜单" or "转人工" or "怎么用":
                return Intents.Help;
            case "t" or "td" or "退订" or "取消订阅" or "退" or "stop" or "unsubscribe":
                return Intents.Unsubscribe;
        }

        return t.Length > 1 && t[1] is ' ' or ',' or '.' ? Numbered(t[0]) : null;
    }

    /// <summary>"1 明天到" / "2,太远了": the push's reply keys followed by words.</summary>
    private static string? Numbered(char key) => key switch
    {
        '1' => Intents.Accept,
        '2' => Intents.Decline,
        _ => null,
    };

    private static readonly SearchValues<char> CountWords = SearchValues.Create("个名位人");

    /// <summary>The longest word <see cref="Bare"/> knows ("unsubscribe").</summary>
    private const int LongestBareWord = 11;

    /// <summary>An employer calling for workers: 招…, 要5个人, 找两个刷墙师傅, 瓦工2个, 急需, 缺人手, 要个电工 — not asked as a question (有没有招小工的).</summary>
    private static bool IsHiring(string plain, string numeric, bool asking, bool offering)
    {
        if (offering)
        {
            return false; // 本人带班组8人 / 求职：会计一名: the count is the sender's own team or the post they want
        }

        // Every branch of HireCount ends in 个, 名, 位 or 人: without one of them there is no count to find.
        for (var m = numeric.AsSpan().ContainsAny(CountWords) ? HireCount().Match(numeric) : Match.Empty; m.Success; m = m.NextMatch())
        {
            if (!IsAskedAt(numeric, m.Index) && !IsWorkerWish(numeric, m.Index + m.Length, 10))
            {
                return true;
            }
        }

        foreach (var skill in SkillLexicon.Scanner.Scan(plain))
        {
            if (CountFollows(numeric, plain, skill.End))
            {
                return true;
            }

            var s = skill.Start;
            var lead = plain.AsSpan(Math.Max(0, s - 2), Math.Min(2, s));
            if ((lead.EndsWith("要") || lead.EndsWith("要个") || lead.EndsWith("请个") || lead.EndsWith("找个") || lead.EndsWith("缺")) && !IsAskedAt(plain, s) && !IsWorkerWish(plain, skill.End))
            {
                if (!(lead.EndsWith("找个") && asking))
                {
                    return true;
                }
            }

            // 家里装修 找油漆工: 找 right before a trade, not 想找/我找 and not followed by 活/事/工作.
            if (lead.EndsWith("找") && !(lead.Length == 2 && lead[0] is '想' or '我' or '去' or '在' or '要') && !IsAskedAt(plain, s) && !IsWorkerWish(plain, skill.End) && !asking)
            {
                return true;
            }

            // 找油漆师傅, 请两个木工师傅: nobody looks for a master of their own trade.
            if ((lead.EndsWith("找") || lead.EndsWith("请")) && plain.AsSpan(skill.End).StartsWith("师傅") && !asking)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Freight (车找货, 运费), goods and rentals for sale, loans, schools' enrolment adverts and group chatter: nobody offers or
    /// wants labour. A message naming a trade is chatter only when it also reads as an advert for goods, money or transport.
    /// </summary>
    private static bool NotLabour(string plain, IReadOnlyList<string> skills)
    {
        if (SpeakerCues.Goods().IsMatch(plain) && !SpeakerCues.SeeksWork().IsMatch(plain))
        {
            return true;
        }

        if (SpeakerCues.GroupTalk().IsMatch(plain))
        {
            return true;
        }

        return skills.Count == 0 && SpeakerCues.Chatter().IsMatch(plain) && !Rights().IsMatch(plain);
    }

    /// <summary>招聘/急需/要人/谁有空/找个会修电动车的师傅, not asked as a question: an employer, whatever else the message says.</summary>
    private static bool ExplicitHire(string plain, bool asking)
    {
        // 你们这招人吗 is a worker asking; an employer asking a question still gives a count or a rate.
        var bareQuestion = asking && plain.AsSpan().IndexOfAnyInRange('0', '9') < 0 && !HasNumeral(plain);
        for (var m = HireWord().Match(plain); m.Success; m = m.NextMatch())
        {
            if (!IsAskedAt(plain, m.Index) && !bareQuestion)
            {
                return true;
            }
        }

        for (var m = SpeakerCues.CallForHands().Match(plain); m.Success; m = m.NextMatch())
        {
            if (!IsAskedAt(plain, m.Index) && !IsWorkerWish(plain, m.Index + m.Length))
            {
                return true;
            }
        }

        return plain.Contains("师傅", StringComparison.Ordinal) && SpeakerCues.AsksForTradesman().IsMatch(plain);
    }

    private static bool HasNumeral(string plain)
    {
        foreach (var c in plain)
        {
            if (ChineseNumerals.IsNumeral(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>水暖 两个, 瓦工2个: a trade followed by a number of heads.</summary>
    private static bool CountFollows(string numeric, string plain, int end)
    {
        // Plain and numeric differ in length only where numerals were converted; look in the plain text first.
        var tail = plain.AsSpan(end, Math.Min(6, plain.Length - end)).TrimStart(' ');
        var k = 0;
        while (k < tail.Length && (char.IsAsciiDigit(tail[k]) || ChineseNumerals.IsNumeral(tail[k])))
        {
            k++;
        }

        return k > 0 && k < tail.Length && tail[k] is '个' or '名' or '位' && (k + 1 >= tail.Length || tail[k + 1] is not ('月' or '小'));
    }

    /// <summary>找个电焊的活 is a worker; 找个电焊 is an employer.</summary>
    private static bool IsWorkerWish(string text, int after, int window = 6)
    {
        var tail = text.AsSpan(after, Math.Min(window, text.Length - after));
        return tail.Contains('活') || tail.Contains('事') || tail.Contains("工作", StringComparison.Ordinal) || tail.Contains("岗位", StringComparison.Ordinal);
    }

    /// <summary>Whether a question word stands right before (at most one character between): 有没有招, 哪里要, 不招.</summary>
    private static bool IsAskedAt(string text, int index)
    {
        var from = Math.Max(0, index - 5);
        var before = text.AsSpan(from, index - from);
        foreach (var q in (string[])["有没有", "有冇得", "有没得", "哪里", "哪儿", "哪个", "谁", "是不是", "有不有", "有无", "还有", "不", "没"])
        {
            if (before.EndsWith(q, StringComparison.Ordinal) || (q.Length > 1 && before.Contains(q, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^[Tt][Dd]?(?=[ ,.!]|$)|退订|别发了|不要再推送|停止推送|不要推送|取消推送|^退出|不要再发|别再发|不要发了|不要给我发|别给我发|不想收|取消订阅|再发(?:就)?投诉|拉黑|不要再给我发")]
    private static partial Regex Unsubscribe();

    [GeneratedRegex("欠.{0,14}(?:钱|工资|工钱|薪)|劳动局|法院|起诉|都不给|一分(?:钱)?(?:都|也)?(?:不|没)给|只给.{0,6}(?:工资|钱|[0-9一二三四五六七八九两])|还差.{0,4}[0-9一二三四五六七八九两]|没给(?:我)?(?:结|钱)|(?:到现在|至今|一直|又|还是|就是)(?:都)?没给|要(?:得)?回来|能要回|不给报|不报销|夹(?:了|伤|断)|裁员|补偿|合不合法|合理吗|这样行不行|管理费|领到工资|领不到|工程款|工资专户|农民工工资|不给买保险|没(?:给|帮)(?:我)?(?:交|买)(?:社保|保险)|出事了|拖欠|拖.{0,6}(?:工资|工钱)|(?:工资|工钱).{0,12}(?:怎么办|么样办|咋办|找谁|找哪)|不给(?:钱|工资|工钱|结|钱|赔)|没(?:给|发|结)(?:钱|工资|工钱)|不结(?:账|钱|工资)|扣(?:了)?.{0,6}(?:工资|钱)|克扣|工伤|受伤|(?:弄|碰|烫|扭|割|轧|划|烧|压)伤|伤了|谁负责|谁来负责|罚款|被扣|摔(?:了|伤|断|下)|掉下来|不给(?:看病|治)|医药费|医疗费|砸(?:了|伤|到)|赔偿|赔钱|辞退|开除|没签合同|不签合同|劳动合同|投诉|维权|仲裁|讨薪|讨(?:钱|工资|工钱)|么样讨|怎么讨|押金.{0,6}不退|不退.{0,4}押金|介绍费|跑了|合法吗|违法|告(?:他|老板|公司)|能告|试用期.{0,6}(?:不给|没有)|超龄|不管了|就不管|老板不管|谁管|压.{0,8}工资|拿不到|没拿到|一半钱|劳动监察|12333|黑心|不(?:给|帮)(?:我)?交(?:社保|保险)|加班费|被骗|骗了")]
    private static partial Regex Rights();

    [GeneratedRegex("招够|招满|已满|已经满了|(?:岗位|名额|人员|人数)(?:已经)?满了|已招到|招到人|找到人了|人(?:已经|都)?找好了|(?<!说)不要人了|(?<!说)不招人了|招齐|人齐了|^取消|不招了|(?:人|工人)(?:已经|都|己经)?(?:找到|够了|到了|招到|齐了|满了|有了)|已经有人|有人了|取消了|取消招|不要了取消|撤(?:了|销|回)|的不(?:用|要)了|(?:活|事)(?:已经)?(?:没了|取消)|作废|招聘结束|结束招聘|招工结束|招聘已结束|招到了|(?:删|撤)(?:了|掉|下|除)|下架|不再招|人员已满|满员|已经找到了(?![活事])|停工了?.{0,4}不要人")]
    private static partial Regex Closed();

    [GeneratedRegex("招聘(?!会)|急招|诚聘|聘请|高薪聘|招(?!够|满|到|了|呼|手|牌|标|生|商|待|认|惹)[^ ,.!?]{0,6}?(?:工|员|人|师|手|名|个|位|嫂|姨|保|司|厨|服)|急需|缺人|要人(?!家)|需要人|招人|(?<!另外|另|再)找人(?!家|吗|吧)|请人|有意者(?!加盟|代理)|诚招(?!合作|代理|加盟|商|学员)|现招|直招|常年招|长期招")]
    private static partial Regex HireWord();

    [GeneratedRegex("(?:要|需要|急需|缺|找|请|雇|招) ?(?:(?<![0-9])[0-9]+(?:≈[0-9]+)?|几|若干) ?(?:个|名|位|人)|(?<![0-9])[0-9]+ ?名|(?<![0-9.])[0-9]+ ?人(?!民|员|次|份)|(?:工|员|嫂|姨|师傅|保|机|手) ?[0-9]+ ?(?:个|名|位)|要 ?[0-9]+ ?个|要[\\u4e00-\\u9fa5]{1,5}[0-9]+(?:个(?!月|小时|星期)|名|人|位)")]
    private static partial Regex HireCount();

    [GeneratedRegex("最低工资|社保|医保|养老保险|养老金|补贴|政策|失业金|失业保险|贷款|创业|灵活就业|就业困难|困难人员|认定|意外险|公积金|退休|低保|就业援助|担保|申领|领取.{0,4}(?:金|补)|交保险|参保")]
    private static partial Regex Policy();

    [GeneratedRegex("(?<!参加了|参加过|上过|参加)培训|开班|(?<!挣|挣点|赚|赚点)学费|考证|想学|免费学|去学|学(?:一)?(?:门|个|点)?(?:技术|手艺)|学.{0,3}(?:叉车|电焊|焊工|电工|厨师|月嫂|育婴|护工|家政|开车|驾照|挖机)|报名(?!.{0,4}(?:上班|干活))|报个班|证怎么考")]
    private static partial Regex Training();

    /// <summary>A short reply that turns a push down outright, read before hiring words (我去不了 另外找人吧).</summary>
    [GeneratedRegex("去不了|来不了|到不了|不去了|干不了|做不了")]
    private static partial Regex ShortDecline();

    [GeneratedRegex("不用了|不需要了|不去|去不了|不干|不做了|不接|太远|没空|没时间|来不了|到不了|不方便|算了|不合适|钱太少|太少了|不想去|不想干|找到活了|已经有活|已经找到|有别的活|干不了|做不了|不行")]
    private static partial Regex Decline();

    [GeneratedRegex("^我来|分钟(?:就)?到|^我(?:想|要)去|这个活我|我报(?:一个|个名|名)|^(?:明天|今天|后天|今晚|下午)(?:去|可以|能去|行|能来|过来)|^(?:好|好的|好嘞|行|可以|可以的|中|要得|没问题|ok|嗯|收到|去|接)(?:[,.!~ 啊呀吧的那]|$)|接了|我接|我去(?!年|过)|准时到|马上到|马上来|按时到|我.{0,4}到$|我可以做|我能去|是吧$|那我.{0,4}去|我来干|我来做|前到|点到|就到|地址发", RegexOptions.IgnoreCase)]
    private static partial Regex Accept();

    [GeneratedRegex("我会|本人|有空|有时间|没事(?!吧)|能上工|能干|能做|能去|能来|可以做|可以干|可以帮|都能|都行|都可以|都会|都做过|都干过|干过|做过|找活|找事|求职|找工作|找份|找个.{0,8}(?:活|事|工作)|想找|求日结|求工|求活|有活.{0,2}(?:找|喊|叫|打电话|联系)我|有活就|身体好|身体蛮好|身体还行|能吃苦|肯吃苦|力气大|扛得动|持证|我是(?:做|搞|干)|我是.{0,4}(?:工|员|师|姆|嫂|司机)|(?:做|搞|干)[^ ]{0,3}的$|搞装修的|经验丰富|想做|想干|想到|想去.{0,6}(?:当|做|干)|接活|揽活")]
    private static partial Regex Offer();

    /// <summary>Every branch of <see cref="OfferNumeric"/> holds one of these.</summary>
    internal static readonly GuardedRegex GuardedOfferNumeric = new(OfferNumeric(), "岁", "男", "女", "今年", "做了", "干了", "年经验");

    [GeneratedRegex("(?:^|[ ,男女])[0-9]{2} ?岁(?!以|之|左|内)|(?:^|[ ,])[男女] ?[0-9]{2}(?![0-9\\-~到至岁周以左上])|今年 ?[0-9]{2}|做了 ?[0-9]+|干了 ?[0-9]+ ?年|(?<![0-9])[0-9]+年经验")]
    private static partial Regex OfferNumeric();

    [GeneratedRegex("有没有|有冇得|有没得|有么有|有什么活|有啥活|有哪些|哪里(?:要|有|招)|哪儿|有活吗|的活吗|活冇|有活冇|岗位吗|的岗位|吗[?]?$|\\?$")]
    private static partial Regex Question();

    [GeneratedRegex("^搜|搜索|查一下|查询|看看.{0,6}活|什么活|哪里|的单子|推荐.{0,4}活")]
    private static partial Regex Search();

    /// <summary>Terms only an employer writes: age limits, 男女不限, 五险, 面议, 有意者.</summary>
    /// <summary>Every branch of <see cref="EmployerTerms"/> holds one of these (待遇面议 holds 面议, 任职要求 要求).</summary>
    internal static readonly GuardedRegex GuardedEmployerTerms = new(
        EmployerTerms(), "岁", "年龄", "要求", "有意者", "男女不限", "限男", "限女", "五险", "社保全", "面议", "岗位职责", "招聘启事", "上班时间", "工作时间", "工作地点", "薪资待遇", "包吃包住");

    [GeneratedRegex("(?<![0-9])[0-9]+ ?(?:周)?岁以(?:下|内)|(?<![0-9])[0-9]+ ?- ?[0-9]+ ?(?:周)?岁|年龄.{0,3}[0-9]+|要求.{0,8}(?:岁|经验|证|男|女|身体)|有意者|男女不限|限男|限女|五险|社保全|待遇面议|工资面议|薪资面议|面议|岗位职责|任职要求|招聘启事|上班时间|工作时间|工作地点|薪资待遇|包吃包住")]
    private static partial Regex EmployerTerms();

    [GeneratedRegex("要求|联系人|联系电话|待遇|包吃|包住|管饭|管午饭|管中饭|管两顿|包午餐|包中午饭|多劳多得|带工具|进场|开工|长期招|价格电话|价钱好|工资面议|面议|结算|现结|现场结|日结|计件|按平|按方|按吨|包干")]
    private static partial Regex EmployerHints();

    [GeneratedRegex("怎么(?:找活|找工作|用|弄|操作|注册|登记|使用|把|删|改|撤|发布|发招工|发信息|发消息|招人|联系你们)|如何(?:使用|找活|登记)|怎样(?:找活|用)")]
    private static partial Regex HowTo();

    [GeneratedRegex("怎么收费|收不收费|收费吗|要钱吗|免费吗|你好|您好|在吗|怎么用|怎么弄|怎么操作|怎么注册|人工|客服|帮助|菜单|有人吗|咨询|请问|使用说明")]
    private static partial Regex Help();
}
