using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Conversations;

/// <summary>The job details workers ask about and the reader has no field for: meals, shift and pay day, kept as the employer wrote them.</summary>
public static partial class PostDetails
{
    public static string? Meals(string text) => Meals().Match(text) is { Success: true } m ? m.Value : null;

    public static string? Shift(string text) => Shift().Match(text) is { Success: true } m ? m.Value : null;

    public static string? PayDay(string text) => PayDay().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>"18-55岁", "六十岁以下" (kept as 60岁以下), "年龄不限": read on the numeric form so numerals in words count.</summary>
    public static string? AgeLimit(string text) => AgeLimit().Match(Understanding.Normalizer.Normalize(text).Numeric) is { Success: true } m ? Spaces().Replace(m.Value, "") : null;

    /// <summary>李姐, 王哥, 张老板: how the contact wants to be called, from the surname the reader found and the title written after it.</summary>
    public static string? Addressed(string text, string? surname)
    {
        if (surname is not { Length: 1 or 2 })
        {
            return surname;
        }

        var title = Titles.FirstOrDefault(t => text.Contains(surname + t, StringComparison.Ordinal));
        return title is null ? surname : surname + title;
    }

    private static readonly string[] Titles = ["师傅", "老板", "女士", "先生", "阿姨", "经理", "姐", "哥", "嫂", "总", "叔"];

    [GeneratedRegex("不管饭|不包吃住?|包吃包住|包吃住|管吃住|包三餐|管三餐|包吃|管饭|管吃|管午饭|管中饭|包午饭|包午餐|管两顿|中午管饭")]
    private static partial Regex Meals();

    [GeneratedRegex(@"年龄不限|不限年龄|(?<![0-9])[1-7][0-9]\s*(?:-|~|～|—|到|至|≈)\s*[1-7][0-9]\s*周?岁|(?<![0-9])[1-7][0-9]\s*周?岁\s*(?:以下|以内|以上|之内|左右)")]
    private static partial Regex AgeLimit();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("夜班|白班|晚班|通宵|两班倒")]
    private static partial Regex Shift();

    [GeneratedRegex("当天结(?:账|算|清|钱)?|日结|现结|完工结(?:账|算)?|干完(?:就)?结(?:账|钱)?|做完(?:就)?结(?:账|钱)?|月结|周结|当天给钱|现场结(?:账|算)?")]
    private static partial Regex PayDay();
}
