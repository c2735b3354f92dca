namespace ZeroWork.Admin.Pages;

/// <summary>An audit subject ("person:20", "job:7") as staff read it ("人员 #20", "招工信息 #7").</summary>
public static class SubjectNames
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["person"] = "人员",
        ["job"] = "招工信息",
        ["consultation"] = "咨询",
        ["station"] = "驿站",
        ["staff"] = "账号",
        ["assessment"] = "考核",
        ["assessments"] = "考核表",
        ["blocked"] = "黑名单",
        ["sms"] = "模拟短信",
        ["wechat"] = "模拟微信",
        ["export"] = "导出",
    };

    /// <param name="stationName">Names a station by its id, so no station code reaches the page.</param>
    public static string Of(string subject, Func<string, string>? stationName = null)
    {
        var colon = subject.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0 || !Kinds.TryGetValue(subject[..colon], out var kind))
        {
            return subject;
        }

        var rest = subject[(colon + 1)..];
        if (subject.StartsWith("station:", StringComparison.Ordinal) && stationName is not null)
        {
            return $"{kind} {stationName(rest)}";
        }

        return rest.All(char.IsAsciiDigit) ? $"{kind} #{rest}" : $"{kind} {rest}";
    }
}
