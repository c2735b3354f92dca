using System.Text.RegularExpressions;
using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// The name or surname the sender gives for themself or the contact: 我姓孙 / 姓邓 → 孙 / 邓; 我叫周春梅 / 我是李建国 → the full
/// name; 王师傅 / 李老板 / 魏女士 / 何姐 / 李工 → the surname; 老马 / 小邓 → 马 / 邓; 联系人：曾 and a lone surname beside a phone.
/// </summary>
internal static partial class NameExtractor
{
    private const string StopChars = "今年岁男女电话是在的我会想做个工师人了都能要有也和就住家找活货微请加联系";

    public static string? Extract(string plain)
    {
        if (plain.Length == 0)
        {
            return null;
        }

        for (var m = SelfIntro().Match(plain); m.Success; m = m.NextMatch())
        {
            if (FullName(m.Groups["n"].Value) is { } full)
            {
                return full;
            }
        }

        for (var m = Surname().Match(plain); m.Success; m = m.NextMatch())
        {
            var compound = plain.AsSpan(m.Groups["s"].Index, Math.Min(2, plain.Length - m.Groups["s"].Index));
            if (Surnames.IsCompound(compound))
            {
                return compound.ToString();
            }

            var c = m.Groups["s"].Value[0];
            if (Surnames.IsSurname(c))
            {
                return m.Groups["s"].Value;
            }
        }

        for (var m = IAm().Match(plain); m.Success; m = m.NextMatch())
        {
            var n = m.Groups["n"].Value;
            if (n[0] is '老' or '小')
            {
                continue;
            }

            if (FullName(n) is { } full && Gazetteer.Xiangyang.Scan(full) is not [{ Start: 0 }, ..] && SkillLexicon.Scanner.Scan(full).Count == 0)
            {
                return full;
            }
        }

        // The surname is the character before the title (a lookbehind, so the regex looks for titles, not at every
        // character); a surname inside the previous match does not count, as when both were one match.
        var titleEnd = 0;
        var overlapped = false;
        for (var m = Title().Match(plain); m.Success; m = overlapped ? Title().Match(plain, m.Index + 1) : m.NextMatch())
        {
            var at = m.Index - 1;
            overlapped = at < titleEnd;
            if (overlapped)
            {
                continue;
            }

            titleEnd = m.Index + m.Length;
            var c = plain[at];
            var startsWord = at == 0 || !IsHan(plain[at - 1]) || AfterContactWord(plain, at);
            if (at > 0 && plain[at - 1] is '各' or '每' or '这' or '那' or '几' or '哪' or '诸' or '众')
            {
                continue; // 各位老板: everyone, not a 位
            }

            if (EndsTrade(plain, at))
            {
                continue; // 油漆师傅, 电工师傅: the trade, not a surname
            }

            if (m.Length == 1 && plain[m.Index] == '工' ? Surnames.IsLikelyAlone(c) && startsWord : Surnames.IsSurname(c))
            {
                return plain.Substring(at, 1);
            }
        }

        for (var m = OldYoung().Match(plain); m.Success; m = m.NextMatch())
        {
            // 老包 standing alone (at the end of a post, before a phone) is a name even with a surname that is also a word.
            var alone = m.Index == 0 || !IsHan(plain[m.Index - 1]) || AfterContactWord(plain, m.Index);
            var c = m.Groups["s"].Value[0];
            var introduced = alone || plain[m.Index - 1] is '是' or '叫' or '找' or '问' or '喊';
            if ((introduced && Surnames.IsLikelyAlone(c)) || (alone && Surnames.IsSurname(c) && m.Value[0] == '老'))
            {
                return m.Groups["s"].Value;
            }
        }

        for (var m = Contact().Match(plain); m.Success; m = m.NextMatch())
        {
            var n = m.Groups["n"].Value;
            if (n.Length == 1 ? Surnames.IsSurname(n[0]) : FullName(n) is not null)
            {
                return n.Length == 1 ? n : FullName(n);
            }
        }

        return Lone(plain);
    }

    /// <summary>A surname standing alone (曾 139…): a Chinese character with no Chinese character, digit or point before it and no Chinese character after it.</summary>
    private static string? Lone(string plain)
    {
        // A plain loop: as a regex this started a match attempt at every Chinese character of the message.
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (!IsHan(c) || (i > 0 && (IsHan(plain[i - 1]) || char.IsAsciiDigit(plain[i - 1]) || plain[i - 1] == '.')))
            {
                continue;
            }

            if ((i + 1 == plain.Length || !IsHan(plain[i + 1])) && Surnames.IsLikelyAlone(c))
            {
                return plain.Substring(i, 1);
            }
        }

        return null;
    }

    private static readonly string[] ContactWords = ["联系人", "联系", "找", "打给", "电话", "问", "请找"];

    private static bool AfterContactWord(string text, int index)
    {
        foreach (var w in ContactWords)
        {
            if (text.AsSpan(0, index).EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> ends a trade word (油漆 in 油漆师傅).</summary>
    private static bool EndsTrade(string text, int index)
    {
        var from = Math.Max(0, index - 3);
        foreach (var t in SkillLexicon.Scanner.Scan(text, from, index + 1))
        {
            if (t.End == index + 1 && t.Length > 1)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fa5';

    /// <summary>A 2–3 character name starting with a surname, trimmed of what follows it (周春梅今年 → 周春梅).</summary>
    private static string? FullName(string candidate)
    {
        var end = candidate.Length;
        for (var k = 1; k < candidate.Length; k++)
        {
            if (StopChars.Contains(candidate[k], StringComparison.Ordinal))
            {
                end = k;
                break;
            }
        }

        var name = candidate[..end];
        return name.Length >= 2 && Surnames.IsSurname(name[0]) ? name : null;
    }

    [GeneratedRegex(@"(?:我|免贵|本人)?姓 ?(?<s>[\u4e00-\u9fa5])(?![名别])")]
    private static partial Regex Surname();

    [GeneratedRegex(@"(?:我叫|我的名字是|名字叫|本人叫|姓名[:：]?|姓[\u4e00-\u9fa5]叫) ?(?<n>[\u4e00-\u9fa5]{2,3})")]
    private static partial Regex SelfIntro();

    [GeneratedRegex(@"我是 ?(?<n>[\u4e00-\u9fa5]{2,3})")]
    private static partial Regex IAm();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fa5])(?:师傅|老板|经理|女士|小姐|先生|大姐|姐|大哥|哥|主管|队长|班长|组长|店长|园长|院长|矿长|厂长|站长|场长|所长|校长|部长|老总|总|老师|阿姨|叔|嫂|科长|主任|书记|会计|队(?=[ 0-9,.:：]|$)|工(?=[ 0-9,.:：!！;；)]|$))")]
    private static partial Regex Title();

    [GeneratedRegex(@"[老小](?<s>[\u4e00-\u9fa5])(?=[ 0-9,.:：!！;；?？]|$|今年|电话|手机|师傅|联系|在|的电话|[0-9])")]
    private static partial Regex OldYoung();

    [GeneratedRegex(@"联系(?:人|电话)?[:：]? ?(?<n>[\u4e00-\u9fa5]{1,3})(?=[ 0-9,.:：]|$)")]
    private static partial Regex Contact();
}
