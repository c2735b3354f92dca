using System.Buffers;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// Whether a day named in a message is the day of work the contract's <c>date</c> means: the day work starts or the sender is
/// free. A decline, a closed post, a question about rights, policy, training or the service, and chatter (今天天气真好, 晚安
/// 明天都有好活) name days that are none of that; a trip or a load (回程车 明天上午从武汉回襄阳) keeps its day.
/// </summary>
internal static class WorkDay
{
    public static bool Keeps(string intent, string plain) => intent switch
    {
        Intents.Decline or Intents.ClosePost or Intents.ConsultRights or Intents.ConsultPolicy or Intents.Training or Intents.Unsubscribe or Intents.Help => false,
        Intents.Other => !SpeakerCues.Chatter().IsMatch(plain) && !SpeakerCues.Mood().IsMatch(plain),
        _ => true,
    };

    /// <summary>
    /// 今天下雨 明天开工 / 今天太累了 明天再说: a day whose own clause is weather, tiredness, work already done or putting off is an aside, not the day of
    /// work. Looks only at the few characters after the day word, up to the clause's end.
    /// </summary>
    public static bool IsAside(string text, int end)
    {
        var stop = end;
        while (stop < text.Length && stop - end < 8 && text[stop] is not (' ' or ',' or '.' or '!' or '?' or ';'))
        {
            stop++;
        }

        return text.AsSpan(end, stop - end).ContainsAny(Asides);
    }

    private static readonly SearchValues<string> Asides = SearchValues.Create(
        ["下雨", "下雪", "下大雨", "雨大", "雨太大", "降温", "太冷", "太热", "好热", "累", "停工", "停电", "再说", "干完了", "做完了", "没找到", "没活"], StringComparison.Ordinal);
}
