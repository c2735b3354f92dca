using ZeroWork.Market.Storage;

namespace ZeroWork.Market.Jobs;

/// <summary>第十五条: posts that look risky wait in the collecting station's review queue instead of going out.</summary>
public static class PostVetting
{
    private static readonly string[] FeeWords = ["押金", "保证金", "培训费", "服装费", "体检费", "介绍费", "报名费", "工本费"];

    /// <summary>Usual day-pay range (yuan) per skill; pay far outside it is flagged.</summary>
    private static readonly (decimal Low, decimal High) DayPayRange = (60m, 800m);

    public static IReadOnlyList<string> RiskFlags(JobPost post, MarketDb db)
    {
        var flags = new List<string>();
        var text = post.Description ?? "";
        var fee = FeeWords.FirstOrDefault(text.Contains);
        if (fee is not null)
        {
            flags.Add($"向求职者收取费用：{fee}");
        }

        if (post.PayUnit == "day" && post.PayMax is { } max && (max > DayPayRange.High || (post.PayMin ?? max) < DayPayRange.Low))
        {
            flags.Add("日薪明显偏离常见范围");
        }

        if (post.PayUnit == "hour" && post.PayMax is { } hourly && (hourly > 150 || hourly < 10))
        {
            flags.Add("时薪明显偏离常见范围");
        }

        if (post.ContactPhone is { } phone && db.Blocked.Exists(b => b.Address == phone))
        {
            flags.Add("联系电话在黑名单中");
        }

        var employer = db.People.FindById(post.EmployerId);
        if (employer?.OpenId is { } openId && db.Blocked.Exists(b => b.Address == openId))
        {
            flags.Add("微信号在黑名单中");
        }

        if (!string.IsNullOrWhiteSpace(text) && db.Jobs.Count(j => j.Description == text && j.Id != post.Id) >= 3)
        {
            flags.Add("相同内容重复发布");
        }

        return flags;
    }
}
