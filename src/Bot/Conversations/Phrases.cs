using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Conversations;

/// <summary>What a message does in the dialogue, beyond the reader's context-free intent: asks, leaves, switches role, cancels a taken job, edits a post. The reader says what the words mean; these say what they do to the flow in progress.</summary>
public static partial class Phrases
{
    /// <summary>A question (疑问 words, 吗/么/呢, "夜班不", "包不包吃", question marks): it is answered, never taken as an action.</summary>
    public static bool IsQuestion(string text) => Question().IsMatch(text) || RepeatedQuestion().IsMatch(text);

    /// <summary>取消 / 算了 / 搞错了 / 不发了: leave the flow in progress.</summary>
    public static bool IsCancel(string text) => text.Trim() is "0" or "不是" || Cancel().IsMatch(text);

    /// <summary>"不要了", "不用了", "人不要了": from an employer with nothing pending, the post is no longer wanted.</summary>
    public static bool IsNoLongerWanted(string text) => NoLongerWanted().IsMatch(text.Trim());

    /// <summary>"我是找活的", "我不招工": a worker who landed in the post flow.</summary>
    public static bool SaysWorker(string text) => Worker().IsMatch(text);

    /// <summary>"我是招工的", "我要招人": an employer who landed in the registration.</summary>
    public static bool SaysEmployer(string text) => Employer().IsMatch(text);

    /// <summary>A taker who cannot go after all (去不了了, 来不了了): not the same as turning down a push.</summary>
    public static bool IsWithdraw(string text) => Withdraw().IsMatch(text);

    /// <summary>钱没给 / 没结 / 拖欠: wage complaints, whatever else the message says.</summary>
    public static bool IsWageComplaint(string text) => Wage().IsMatch(text);

    /// <summary>"我的活", "我接了哪些".</summary>
    public static bool AsksMyJobs(string text) => MyJobs().IsMatch(text);

    /// <summary>"几个人接了", "有人接没", "人招到了吗", "招满了没".</summary>
    public static bool AsksTakers(string text) => Takers().IsMatch(text);

    /// <summary>"工钱改成350", "改成3个人", "换到后天".</summary>
    public static bool IsEdit(string text) => Edit().IsMatch(text);

    /// <summary>"编号12" / "第2个" / "2": which of several the person means; null when the text does not pick.</summary>
    public static int? Pick(string text)
    {
        var m = PickNumber().Match(text.Trim());
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The post number ("编号12", "12号招工") when one is named.</summary>
    public static int? PostNumber(string text)
    {
        var m = PostId().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A yes to a summary, however it is written: "1", "确认。", "确认发布", "好的 发吧", "可以 没问题".</summary>
    public static bool IsYes(string text)
    {
        var rest = Filler().Replace(text.Trim().ToLowerInvariant(), "");
        if (rest.Length == 0)
        {
            return false;
        }

        while (rest.Length > 0)
        {
            var token = YesTokens.FirstOrDefault(t => rest.StartsWith(t, StringComparison.Ordinal));
            if (token is null)
            {
                return false;
            }

            rest = rest[token.Length..];
        }

        return true;
    }

    private static readonly string[] YesTokens = ["没问题", "确认", "确定", "发布", "可以", "好的", "好", "行", "对的", "对", "是的", "是", "ok", "1", "发", "没错", "就这样", "嗯"];

    [GeneratedRegex(@"[?？]|[吗么嘛呢]\s*[。.!！]?\s*$|[吗么嘛](?=[\s,，])|(?:几点|几号|几个|几位|几人|几天|哪天|哪里|哪儿|哪个|哪块|在哪|多少|多远|多久|多大|什么|啥|咋|怎么|怎样|是不是|有没有|能不能|可不可以|要不要|包不包|管不管|给不给|结不结)|不\s*$|不(?=[\s,，])")]
    private static partial Regex Question();

    /// <summary>去不去, 管不管: A不A.</summary>
    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs})不\1")]
    private static partial Regex RepeatedQuestion();

    [GeneratedRegex(@"^(?:取消|算了|搞错了|弄错了|发错了|错了|不发了|不招了|不登记了|不弄了|不要了|重来|退出|不是的?)|(?:搞错了|弄错了|发错了|取消|算了吧?|不发了|不登记了)\s*[。.!！]?\s*$")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^(?:那|那就)?(?:人|工人|师傅)?(?:都|也)?(?:不要了|不用了|不需要了|用不着了)\s*[。.!！]?$")]
    private static partial Regex NoLongerWanted();

    [GeneratedRegex(@"我(?:是|在)?找活|我是(?:来)?找(?:工作|事)|我不(?:是)?招|我是干活的|我是打工的|不招工|我要找活|我想找活")]
    private static partial Regex Worker();

    [GeneratedRegex(@"我是招(?:工|人)|我(?:要|想)招|我是(?:老板|雇主|包工头|工头)|我不(?:是)?找活|不找活")]
    private static partial Regex Employer();

    [GeneratedRegex(@"去不了|来不了|不去了|不能去了|去不成|到不了了|干不了了|有事去不|退掉|退了这个|不接了")]
    private static partial Regex Withdraw();

    [GeneratedRegex(@"(?:钱|工钱|工资|账|薪水|血汗钱).{0,8}(?:没给|没结|没发|不给|还没给|还没结|没拿到|拿不到|拖着|欠着)|没(?:给|结|发)(?:钱|工钱|工资|账)|拖欠|欠(?:我|俺|我们)?(?:的)?(?:钱|工钱|工资)|不结账|赖账")]
    private static partial Regex Wage();

    [GeneratedRegex(@"我的活|我接的|我接了(?:哪|什么|几)|我的单|接了啥|接的什么活")]
    private static partial Regex MyJobs();

    [GeneratedRegex(@"(?:几|多少)个?人(?:接|报名|来)|接了几个|有人接(?:了|没|吗)?|有没有人接|招到几个|来了几个|(?:招|人)(?:到|满|够|齐)(?:人)?了?(?:吗|么|没|没有)\s*[?？。]?\s*$")]
    private static partial Regex Takers();

    [GeneratedRegex(@"改成|改为|改一下|改到|换成|换到|变成|调成|涨到|加到|降到|不对")]
    private static partial Regex Edit();

    [GeneratedRegex(@"^(?:编号|第|接|选|要)?\s*(\d{1,6})\s*(?:号|个|条)?$")]
    private static partial Regex PickNumber();

    [GeneratedRegex(@"(?:编号\s*|(?=\d{1,6}\s*号招工))(\d{1,6})")]
    private static partial Regex PostId();

    [GeneratedRegex(@"[\s,，。.!！~～、吧了啊呀啦哈]")]
    private static partial Regex Filler();
}
