using System.Text.RegularExpressions;
using ZeroWork.Market.Geography;
using ZeroWork.Market.Jobs;

namespace ZeroWork.Bot.Conversations;

/// <summary>Answers a question about one job from what the employer said: place, time and shift, pay and pay day, meals. What the employer did not say is said plainly, never guessed.</summary>
public static partial class JobFacts
{
    /// <summary>"小工（编号12）".</summary>
    public static string Name(JobPost job) => $"{SkillCatalog.Describe(job.Skills)}（编号{job.Id}）";

    /// <summary>One line: day and time, place, pay and the details given.</summary>
    public static string Line(JobPost job)
    {
        var parts = new List<string> { DateText.Describe(job.WorkDate, job.StartTime) + (job.Shift is { } shift ? " " + shift : "") };
        if (!string.IsNullOrWhiteSpace(job.PlaceText))
        {
            parts.Add(job.PlaceText);
        }

        parts.Add(PayText.Describe(job.PayMin, job.PayMax, job.PayUnit) + (job.PayDay is { } payDay ? " " + payDay : ""));
        if (job.Meals is { } meals)
        {
            parts.Add(meals);
        }

        return $"{Name(job)}：{string.Join("，", parts)}";
    }

    /// <summary>The answer to what the question asks about; the whole line when it asks about nothing recognisable.</summary>
    public static string Answer(JobPost job, string question, bool withMap)
    {
        var answers = new List<string>();
        if (AsksPlace().IsMatch(question))
        {
            var place = string.IsNullOrWhiteSpace(job.PlaceText) ? "雇主没写具体位置" : "地点：" + job.PlaceText;
            answers.Add(withMap && job.Point is { } p ? $"{place} {NavigationLink.Amap(p, job.PlaceText)}" : place);
        }

        if (AsksTime().IsMatch(question))
        {
            answers.Add("时间：" + DateText.Describe(job.WorkDate, job.StartTime) + (job.Shift is { } s ? "，" + s : AsksShift().IsMatch(question) ? "，雇主没说是夜班" : ""));
        }

        if (AsksPay().IsMatch(question))
        {
            answers.Add("工钱：" + PayText.Describe(job.PayMin, job.PayMax, job.PayUnit) + (job.PayDay is { } d ? "，" + d : AsksPayDay().IsMatch(question) ? "，什么时候结雇主没说" : ""));
        }

        if (AsksMeals().IsMatch(question))
        {
            answers.Add(job.Meals ?? "管不管饭雇主没说");
        }

        if (AsksAge().IsMatch(question))
        {
            answers.Add(job.AgeLimit is { } age ? "年龄：" + age : "雇主没说年龄要求");
        }

        // 包住 is its own question: "包吃" on the post says nothing about a bed.
        if (AsksLodging().IsMatch(question))
        {
            answers.Add(job.Meals is { } m && m.Contains('住', StringComparison.Ordinal) ? m : "包不包住雇主没说");
        }

        answers = [.. answers.Distinct(StringComparer.Ordinal)];
        return answers.Count == 0 ? Line(job) : $"{Name(job)}：{string.Join("；", answers)}";
    }

    public static bool AsksPhone(string question) => Phone().IsMatch(question);

    [GeneratedRegex("哪里|哪儿|哪个位置|在哪|什么地方|地址|位置|多远|怎么走|怎么去|导航")]
    private static partial Regex AsksPlace();

    [GeneratedRegex("几点|什么时候|哪天|几号|多久|多长时间|夜班|白班|晚班|通宵|上班时间")]
    private static partial Regex AsksTime();

    [GeneratedRegex("夜班|晚班|通宵|白班")]
    private static partial Regex AsksShift();

    [GeneratedRegex("多少钱|工钱|工资|几多钱|怎么算|结账|结算|结钱|日结|当天.{0,2}结|给钱|价钱|一天多少|结吗|能结|结不结|怎么结")]
    private static partial Regex AsksPay();

    [GeneratedRegex("结账|结算|结钱|日结|当天.{0,2}结|什么时候给钱|给钱|结吗|能结|结不结|怎么结")]
    private static partial Regex AsksPayDay();

    [GeneratedRegex("包吃|管饭|吃饭|管吃|吃住|午饭|中饭")]
    private static partial Regex AsksMeals();

    [GeneratedRegex("年纪|岁数|年龄|多大|[0-9一二三四五六七八九十]+岁")]
    private static partial Regex AsksAge();

    [GeneratedRegex("包住|住宿|吃住|管住|住的地方")]
    private static partial Regex AsksLodging();

    [GeneratedRegex("电话|联系|手机|号码|怎么找")]
    private static partial Regex Phone();
}
