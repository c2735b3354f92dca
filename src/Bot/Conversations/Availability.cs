using System.Globalization;
using System.Text.RegularExpressions;
using ZeroWork.Bot.Understanding;

namespace ZeroWork.Bot.Conversations;

/// <summary>Free days as a worker says them, clause by clause: "明天没空了 下礼拜一有空" frees Monday and drops tomorrow; "从后天开始都有空" is a range, not one day. Dates come from the reader, one clause at a time.</summary>
public sealed partial class Availability(IMessageReader reader)
{
    /// <summary>How far "从后天开始都有空" reaches: two weeks, after which the worker is asked again by their silence.</summary>
    public const int RangeDays = 14;

    public AvailabilityChange Read(string text, DateTimeOffset chinaNow)
    {
        var free = new List<string>();
        var busy = new List<string>();
        var anyDay = false;
        foreach (var clause in Clauses().Split(text).Where(c => c.Length > 0))
        {
            var isBusy = Busy().IsMatch(clause);
            var isFree = !isBusy && Free().IsMatch(clause);
            if (!isBusy && !isFree)
            {
                continue;
            }

            // The reader skips a day the sender says they cannot work, which is exactly the day a busy clause is about:
            // read that clause's day without its busy words.
            var date = reader.Read(isBusy ? Busy().Replace(clause, " ") : clause, "sms", chinaNow).Date;
            if (date is null)
            {
                anyDay |= isFree && Every().IsMatch(clause);
                continue;
            }

            if (isBusy)
            {
                busy.Add(date);
            }
            else if (From().IsMatch(clause))
            {
                var start = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                free.AddRange(Enumerable.Range(0, RangeDays).Select(i => start.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
            else
            {
                free.Add(date);
            }
        }

        return new AvailabilityChange(free, busy, anyDay && free.Count == 0);
    }

    /// <summary>The worker's free days after the change; empty means any day.</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> current, AvailabilityChange change, string today)
    {
        if (change.AnyDay)
        {
            return [];
        }

        var days = change.Free.Count > 0 ? change.Free.Union(current) : current;
        return [.. days.Except(change.Busy).Where(d => string.CompareOrdinal(d, today) >= 0).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>"12月7日(周一)有空", "12月7日起两周有空".</summary>
    public static string Describe(AvailabilityChange change)
    {
        if (change.AnyDay)
        {
            return "每天都有空";
        }

        var parts = new List<string>();
        if (change.Free.Count >= RangeDays)
        {
            parts.Add(DateText.Describe(change.Free[0], null) + "起都有空");
        }
        else if (change.Free.Count > 0)
        {
            parts.Add(string.Join("、", change.Free.Select(d => DateText.Describe(d, null))) + "有空");
        }

        if (change.Busy.Count > 0)
        {
            parts.Add(string.Join("、", change.Busy.Select(d => DateText.Describe(d, null))) + "没空");
        }

        return string.Join("，", parts);
    }

    /// <summary>Whether the message is about free days at all.</summary>
    public static bool Mentions(string text) => Free().IsMatch(text) || Busy().IsMatch(text);

    [GeneratedRegex(@"[\s,，。.;；!！]+|但是|不过|可是|但")]
    private static partial Regex Clauses();

    [GeneratedRegex("有空|有时间|能来|能去|能干|可以来|可以去|闲着")]
    private static partial Regex Free();

    [GeneratedRegex("没空|没时间|没有空|不得空|有事|来不了|去不了|忙")]
    private static partial Regex Busy();

    [GeneratedRegex("开始|以后|之后|起都|往后")]
    private static partial Regex From();

    [GeneratedRegex("天天|每天|随时|都有空|都有时间|哪天都")]
    private static partial Regex Every();
}
