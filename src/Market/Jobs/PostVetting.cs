using System.Text.RegularExpressions;
using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Jobs;

/// <summary>第十五条: posts that look risky wait in the collecting station's review queue instead of going out. The rules catch the frauds seen at gig markets: fees asked of workers, bait pay, contacts on the block list, and the same text posted again and again.</summary>
public static partial class PostVetting
{
    /// <summary>How many earlier posts with the same text (within <see cref="RepeatWindow"/>) make a repeat.</summary>
    public const int RepeatThreshold = 3;

    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(30);

    private static readonly string[] FeeWords = ["押金", "保证金", "培训费", "服装费", "体检费", "介绍费", "报名费", "工本费", "中介费", "信息费", "服务费", "装备费", "住宿押"];

    private static readonly string[] ScamWords = ["刷单", "垫付", "打字员", "日结千元", "无需经验月入", "先交", "转账"];

    /// <summary>Day pay (yuan) outside these bounds is far from what the kind of work pays in Xiangyang; skilled trades run higher.</summary>
    private static readonly Dictionary<string, (decimal Low, decimal High)> DayBounds = new(StringComparer.Ordinal)
    {
        ["electrician"] = (100m, 1200m),
        ["welder"] = (100m, 1200m),
        ["carpenter"] = (100m, 1200m),
        ["bricklayer"] = (100m, 1200m),
        ["rebar"] = (100m, 1200m),
        ["scaffolder"] = (100m, 1200m),
        ["plumber"] = (100m, 1000m),
        ["nanny"] = (100m, 1000m),
        ["driver"] = (80m, 1000m),
    };

    private static readonly (decimal Low, decimal High) DefaultDay = (60m, 800m);

    private static readonly (decimal Low, decimal High) Hour = (10m, 150m);

    private static readonly (decimal Low, decimal High) Month = (1200m, 20000m);

    public static IReadOnlyList<string> RiskFlags(JobPost post, MarketDb db)
    {
        var flags = new List<string>();
        var text = string.Join(' ', new[] { post.Description, post.EmployerName, post.PlaceText }.Where(t => !string.IsNullOrWhiteSpace(t)));
        var fee = FeeWords.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal));
        if (fee is not null && !Negated(text, fee))
        {
            flags.Add($"向求职者收取费用：{fee}");
        }
        else if (AskForMoney().Match(text) is { Success: true } asked)
        {
            flags.Add($"向求职者收取费用：{asked.Value}");
        }

        var scam = ScamWords.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal));
        if (scam is not null)
        {
            flags.Add($"疑似诈骗用语：{scam}");
        }

        flags.AddRange(PayFlags(post));

        var employer = db.People.FindById(post.EmployerId);
        var phones = new[] { post.ContactPhone, employer?.Phone, employer?.Employer?.ContactPhone }
            .Select(Digits).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal);
        if (phones.Any(p => db.Blocked.Exists(b => b.Address == p)))
        {
            flags.Add("联系电话在黑名单中");
        }

        if (employer?.OpenId is { } openId && db.Blocked.Exists(b => b.Address == openId))
        {
            flags.Add("微信号在黑名单中");
        }

        if (Messaging.Sandbox.IsAddress(post.ContactPhone) || Messaging.Sandbox.IsAddress(employer?.Phone) || Messaging.Sandbox.IsAddress(employer?.OpenId))
        {
            flags.Add(Messaging.Sandbox.PostFlag);
        }

        if (!string.IsNullOrWhiteSpace(post.Description))
        {
            var since = db.UtcNow - RepeatWindow;
            var same = db.Jobs.Count(j => j.Description == post.Description && j.Id != post.Id && j.CreatedAt >= since);
            if (same >= RepeatThreshold)
            {
                flags.Add($"相同内容重复发布（近30天 {same} 次）");
            }
        }

        return flags;
    }

    private static IEnumerable<string> PayFlags(JobPost post)
    {
        if (post.PayMin is { } min && post.PayMax is { } max && min > max)
        {
            yield return "薪资下限高于上限";
        }

        var high = post.PayMax ?? post.PayMin;
        var low = post.PayMin ?? post.PayMax;
        if (high is null || low is null)
        {
            yield break;
        }

        var bounds = post.PayUnit switch
        {
            "day" => post.Skills.Select(s => DayBounds.GetValueOrDefault(s, DefaultDay)).DefaultIfEmpty(DefaultDay)
                .Aggregate((a, b) => (Math.Min(a.Low, b.Low), Math.Max(a.High, b.High))),
            "hour" => Hour,
            "month" => Month,
            _ => ((decimal Low, decimal High)?)null,
        };
        if (bounds is { } b && (high > b.High || low < b.Low))
        {
            yield return post.PayUnit switch
            {
                "day" => "日薪明显偏离常见范围",
                "hour" => "时薪明显偏离常见范围",
                _ => "月薪明显偏离常见范围",
            };
        }
    }

    /// <summary>"不收押金" / "无押金" / "免培训费" are promises, not demands.</summary>
    private static bool Negated(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        var before = text[Math.Max(0, at - 3)..at];
        return before.Contains('不') || before.Contains('无') || before.Contains('免') || before.Contains('没');
    }

    private static string Digits(string? phone) => new([.. (phone ?? "").Where(char.IsAsciiDigit)]);

    [GeneratedRegex("(先|需|要|须)(交|缴|付)[^，。,.]{0,6}?(\\d+|[一二三四五六七八九十百千]+)元")]
    private static partial Regex AskForMoney();
}
