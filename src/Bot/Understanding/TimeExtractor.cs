using System.Globalization;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>The start time as HH:mm: 早上7点 → 07:00, 下午两点半 → 14:30, 晚上8点 → 20:00, 7:30, 早8晚6 → 08:00. A bare part of day gives none.</summary>
internal static partial class TimeExtractor
{
    // One list per thread, reused: a reading is never re-entered on its thread, and the mentions do not outlive it.
    [ThreadStatic]
    private static List<(int, TimeOnly)>? reusedMentions;

    public static TimeOnly? Extract(string numeric)
    {
        if (numeric.Length == 0 || numeric.AsSpan().IndexOfAny(ClockMarks) < 0)
        {
            return null;
        }

        var mentions = reusedMentions ??= new List<(int, TimeOnly)>(8);
        mentions.Clear();
        for (var m = Clock().Match(numeric); m.Success; m = m.NextMatch())
        {
            var hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            var minute = 0;
            var min = m.Groups["m"];
            if (min.Success)
            {
                minute = min.Value switch
                {
                    "半" => 30,
                    "1刻" or "一刻" => 15,
                    "3刻" or "三刻" => 45,
                    _ => int.Parse(min.ValueSpan.TrimEnd('分'), CultureInfo.InvariantCulture),
                };
            }
            else if (m.Groups["sep"].Value == ":")
            {
                continue; // 7: without minutes is not a time
            }

            var part = PartBefore(numeric, m.Index);

            if (TryMake(hour, minute, part, out var time))
            {
                mentions.Add((m.Index, time));
            }
        }

        for (var m = EarlyLate().Match(numeric); m.Success; m = m.NextMatch())
        {
            var h = m.Groups[1].Value;
            var hour = h.Length == 1 && "一二三四五六七八九十".IndexOf(h[0], StringComparison.Ordinal) is var k and >= 0 ? k + 1 : int.Parse(h, CultureInfo.InvariantCulture);
            if (TryMake(hour, 0, "早上", out var time))
            {
                mentions.Add((m.Index, time));
            }
        }

        if (mentions.Count == 0)
        {
            return null;
        }

        mentions.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return Corrections.Pick(mentions, Corrections.LastMarkerEnd(numeric));
    }

    private static readonly System.Buffers.SearchValues<char> ClockMarks = System.Buffers.SearchValues.Create("点时:早");

    /// <summary>A part of day a few characters before the clock time (下午3点, 今天下午 3点, 晚8点).</summary>
    private static string PartBefore(string text, int index)
    {
        var from = Math.Max(0, index - 6);
        var window = text.AsSpan(from, index - from).TrimEnd(' ');
        if (window.EndsWith("晚"))
        {
            return "晚上";
        }

        var best = string.Empty;
        var at = -1;
        foreach (var p in PartsOfDay)
        {
            var k = window.LastIndexOf(p, StringComparison.Ordinal);
            if (k > at)
            {
                at = k;
                best = p;
            }
        }

        return best;
    }

    private static readonly string[] PartsOfDay = ["下午", "晚上", "傍晚", "今晚", "明晚", "中午", "夜里", "夜班", "凌晨", "早上", "上午"];

    private static bool TryMake(int hour, int minute, string part, out TimeOnly time)
    {
        time = default;
        if (hour is < 0 or > 24 || minute is < 0 or > 59)
        {
            return false;
        }

        if (part is "下午" or "傍晚" or "晚上" or "今晚" or "明晚" or "晚" or "夜里" or "夜间" or "夜班" or "晚间")
        {
            if (hour < 12)
            {
                hour += 12;
            }
        }
        else if (part is "中午" or "午" && hour <= 3)
        {
            hour += 12;
        }

        if (hour == 24)
        {
            hour = 0;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"(?<![0-9.])(?<h>[0-9]{1,2}) ?(?<sep>点钟|点|时|:)(?<m>半|[13一三]刻|(?<![0-9])[0-9]{1,2}分|(?<=[:点])[0-9]{2})?(?![0-9])")]
    private static partial Regex Clock();

    [GeneratedRegex(@"早(?:上)?((?<![0-9])[0-9]{1,2}|[一二三四五六七八九十])(?:点)?(?:半)? ?(?:-|到|至|~)? ?晚(?:上)?(?:[0-9]{1,2}|[一二三四五六七八九十])")]
    private static partial Regex EarlyLate();
}
