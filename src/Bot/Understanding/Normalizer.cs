using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// First step of understanding: full-width to half-width, circled digits to digits, emoji and symbols to spaces,
/// whitespace collapsed, common typos and homophones of trade words fixed, then Chinese numerals to digits.
/// Linear in the input; input beyond <see cref="MaxLength"/> characters is ignored (no SMS or chat message is that long).
/// </summary>
internal static partial class Normalizer
{
    public const int MaxLength = 2000;

    [ThreadStatic]
    private static StringBuilder? buffer;

    public static NormalizedText Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new(string.Empty, string.Empty);
        }

        var plain = FixTypos(Clean(text.Length > MaxLength ? text[..MaxLength] : text));
        return new(plain, ChineseNumerals.ToDigits(FormalNumerals.ToCommon(plain)));
    }

    /// <summary>Width, symbols and whitespace.</summary>
    internal static string Clean(string text)
    {
        var sb = buffer ??= new StringBuilder(256);
        sb.Clear();
        var lastSpace = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];

            // Most characters are CJK ideographs or printable ASCII, which stay as they are.
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '!' and <= '~' and not '"'))
            {
                sb.Append(c);
                lastSpace = false;
                continue;
            }

            char? mapped = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '。' or '【' or '】' or '《' or '》' or '「' or '」' or '『' or '』' or '〔' or '〕' or '“' or '”' or '‘' or '’' or '"' => ' ',
                '、' => ',',
                '—' or '–' or '〜' => '-',
                >= '\u2460' and <= '\u2473' => null, // circled 1-20, below
                >= '\u2776' and <= '\u277F' => null, // dingbat negative circled 1-10, below
                '\u200D' or '\uFE0F' or '\uFE0E' or '\u200B' or '\uFEFF' => '\0',
                _ when char.IsSurrogate(c) => ' ',
                _ when char.IsControl(c) => ' ',
                >= '\u2000' and <= '\u2BFF' => ' ',
                >= '\uE000' and <= '\uF8FF' => ' ',
                _ => c,
            };

            if (mapped is null)
            {
                var n = c >= '\u2776' ? c - '\u2776' + 1 : c - '\u2460' + 1;
                if (!lastSpace)
                {
                    sb.Append(' ');
                }

                sb.Append(n).Append(' ');
                lastSpace = true;
                continue;
            }

            var m = mapped.Value;
            if (m == '\0')
            {
                continue;
            }

            if (char.IsWhiteSpace(m))
            {
                if (!lastSpace)
                {
                    sb.Append(' ');
                    lastSpace = true;
                }

                continue;
            }

            sb.Append(m);
            lastSpace = false;
        }

        var end = sb.Length;
        while (end > 0 && sb[end - 1] == ' ')
        {
            end--;
        }

        return sb.ToString(0, end);
    }

    /// <summary>Typos and homophones older workers and speech recognition produce for trade words.</summary>
    internal static string FixTypos(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (text.AsSpan().ContainsAny(GongChars))
        {
            text = TradeGong().Replace(text, "$1工");
        }

        if (!text.AsSpan().ContainsAny(HomophoneFirsts))
        {
            return text;
        }

        foreach (var (wrong, right) in Homophones)
        {
            if (text.Contains(wrong, StringComparison.Ordinal))
            {
                text = text.Replace(wrong, right, StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static readonly (string Wrong, string Right)[] Homophones =
    [
        ("娃工", "瓦工"), ("瓦功", "瓦工"), ("电汗", "电焊"), ("电旱", "电焊"), ("电悍", "电焊"), ("氩弧汗", "氩弧焊"),
        ("保结", "保洁"), ("保浩", "保洁"), ("保母", "保姆"), ("插车", "叉车"), ("叉车工", "叉车工"),
        ("服务原", "服务员"), ("钟点功", "钟点工"), ("搬远", "搬运"), ("卸活", "卸货"), ("刮腻", "刮腻"),
        ("月骚", "月嫂"), ("育儿骚", "育儿嫂"), ("护功", "护工"), ("帮橱", "帮厨"), ("砌强", "砌墙"), ("刷强", "刷墙"),
    ];

    private static readonly SearchValues<char> HomophoneFirsts = SearchValues.Create([.. Homophones.Select(h => h.Wrong[0]).Distinct()]);

    private static readonly SearchValues<char> GongChars = SearchValues.Create("公功攻");

    /// <summary>工 written as 公/功/攻 after a trade (小公, 电功, 木攻), but not 小公司 or 公园.</summary>
    [GeneratedRegex("(瓦|电|焊|木|力|杂|普|小|钢筋|架子|油漆|水电|搬运|装卸|泥|瓦|帮|钟点|护|厨|女|临时|零)[公功攻](?![司园主交寓务平安告])")]
    private static partial Regex TradeGong();
}
