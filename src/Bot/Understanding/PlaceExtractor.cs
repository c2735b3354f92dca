using System.Text.RegularExpressions;
using ZeroWork.Market.Geography;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// The place a message names, from the gazetteer by longest match: the most specific part as written (樊城区七里河 → 七里河,
/// 襄城区檀溪路工地 → 檀溪路), extended by what follows it (枣阳城区, 清河口小区); its district, taking the named county as a hint
/// for shared names (谷城城关) but the contract's codes for 高新区 and 东津 units; no district for a place outside Xiangyang
/// (十堰张湾区, 武汉汉口). Short names that are also ordinary words (卧龙, 古城, 流水) count right after a Xiangyang name, after a
/// cue (住/在/到/去/来/回/家 before, 的/这边/附近 after), or standing alone when nothing else in the message is a place. A name
/// several places share (城关, 板桥) takes the county or township the message names, else the reading lists them all.
/// </summary>
internal static partial class PlaceExtractor
{
    private enum TokenKind
    {
        Xiangyang,
        City,
        Outside,
    }

    private readonly record struct Token(int Start, int End, TokenKind Kind, IReadOnlyList<Place> Places);

    /// <summary>Short forms that are also ordinary words or shared by many places.</summary>
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "城关", "中原", "汉江", "古城", "东风", "太平", "新市", "板桥", "南河", "北城", "南城", "环城", "光化", "王集", "张集", "李楼",
        "紫金", "黄龙", "龙王", "马良", "兴隆", "王城", "小河", "流水", "巡检", "卧龙", "石桥", "北街", "南街", "火车站", "汽车站", "客运站",
        "汽车客运站", "高铁站", "万达", "飞机场", "中心医院", "人民路", "解放路", "建设路", "中原路", "前进路", "长征路", "大庆路", "航空路",
        "汉江大道", "东津站", "团山路", "清河", "车河", "随阳", "大雁工业园", "百花山", "鹿门",
    };

    /// <summary>Characters that, right before a short name, say a place follows: 住/在/家在/到/去/来/回/位于/老家.</summary>
    private const string CuesBefore = "住在到去来回于家";

    /// <summary>Words that, right after a short name, say it was a place: 卧龙的, 古城这边, 石桥附近.</summary>
    private static readonly string[] CuesAfter = ["的", "这边", "这里", "这块", "那边", "那里", "那块", "附近", "一带", "周边", "边上", "镇上", "街上"];

    /// <summary>Ordinary words that contain a short name, so even after a cue they are no place (在流水线上, 去太平洋).</summary>
    private static readonly string[] OrdinaryWords = ["流水线", "流水账", "流水席", "流水作业", "太平洋", "太平间", "紫金山"];

    /// <summary>Words that follow a city but are the workplace, not part of its name.</summary>
    private static readonly string[] NotPlaces = ["工地", "工厂", "公司", "饭店", "酒店", "仓库", "项目", "工程", "门店", "商场", "超市", "学校", "医院", "单位", "厂", "店"];

    private static readonly TermScanner<TokenKind> OthersScanner = new(
        OutsidePlaces.City.Select(n => (n, TokenKind.City)).Concat(OutsidePlaces.Names.Select(n => (n, TokenKind.Outside))));

    public static PlaceReading? Extract(string plain)
    {
        if (plain.Length == 0)
        {
            return null;
        }

        var tokens = Tokens(plain);
        if (tokens.Count == 0)
        {
            return Fallback(plain);
        }

        // Chains of adjacent names: 樊城区七里河, 十堰张湾区, 襄阳火车站.
        var chains = new List<(int From, int To)>();
        var from = 0;
        for (var k = 1; k <= tokens.Count; k++)
        {
            if (k == tokens.Count || !Adjacent(plain, tokens[k - 1], tokens[k]))
            {
                chains.Add((from, k - 1));
                from = k;
            }
        }

        // The most specific Xiangyang chain (a landmark beats a township beats a county), else the city itself (襄阳三区),
        // else the first place elsewhere — but not 外地, which says only "not here".
        (int From, int To)? chosen = null;
        (int From, int To)? city = null;
        (int From, int To)? elsewhere = null;
        var best = 0;
        Token? anyCounty = null;
        foreach (var chain in chains)
        {
            var rank = 0;
            var hasOutside = false;
            var named = false;
            for (var k = chain.From; k <= chain.To; k++)
            {
                var t = tokens[k];
                hasOutside |= t.Kind == TokenKind.Outside;
                named |= t.Kind != TokenKind.Outside || !OutsidePlaces.Vague.Contains(plain[t.Start..t.End]);
                if (t.Kind == TokenKind.Xiangyang)
                {
                    rank = Math.Max(rank, Specificity(t.Places[0].Kind));
                    if (t.Places[0].Kind == PlaceKind.County)
                    {
                        anyCounty ??= t;
                    }
                }
            }

            if (!named)
            {
                continue;
            }

            if (hasOutside)
            {
                elsewhere ??= chain;
            }
            else if (rank > best)
            {
                best = rank;
                chosen = chain;
            }
            else if (rank == 0)
            {
                city ??= chain;
            }
        }

        chosen ??= city ?? elsewhere;

        if (chosen is not { } c)
        {
            return Fallback(plain);
        }

        // The most specific name of the chain (樊城区七里河 → 七里河). Of equals, a name written into the one before it is
        // inside it (襄城古城北街 → 北街); two counties, or names apart, are a list whose first counts (襄城樊城, 襄阳东站 高铁站).
        var pick = c.To;
        var anyOutside = false;
        for (var k = c.From; k <= c.To; k++)
        {
            anyOutside |= tokens[k].Kind == TokenKind.Outside;
        }

        if (!anyOutside)
        {
            var top = -1;
            for (var k = c.From; k <= c.To; k++)
            {
                if (tokens[k].Kind != TokenKind.Xiangyang)
                {
                    continue;
                }

                var rank = Specificity(tokens[k].Places[0].Kind);
                var nested = rank == top && rank > 1 && tokens[k].Start == tokens[pick].End;
                if (rank > top || nested)
                {
                    top = rank;
                    pick = k;
                }
            }
        }

        var last = tokens[pick];
        var end = pick == c.To ? Extend(plain, last.End) : last.End;
        if (last.Kind == TokenKind.Outside)
        {
            // 杭州萧山 工地, 北京 朝阳: the district after a city, as written — but not a trade (东莞 鞋厂).
            var tail = OutsideTail().Match(plain, end);
            if (tail.Success && tail.Index == end && (end == last.End || plain[end] != ' ')
                && !(plain[end] == ' ' && plain[end - 1] is '区' or '县' or '市' or '镇')
                && !NotPlaces.Any(w => tail.Value.Contains(w, StringComparison.Ordinal))
                && SkillLexicon.Scanner.Scan(tail.Value).Count == 0)
            {
                end += tail.Length;
            }
        }
        var text = plain[last.Start..end];
        var outside = false;
        Token? county = null;
        Token? specific = null;
        for (var k = c.From; k <= c.To; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Outside)
            {
                outside = true;
            }
            else if (t.Kind == TokenKind.Xiangyang && t.Places[0].Kind == PlaceKind.County && county is null)
            {
                county = t;
            }
        }

        if (tokens[pick].Kind == TokenKind.Xiangyang)
        {
            specific = tokens[pick];
        }

        if (outside || specific is not { } s)
        {
            return new PlaceReading(text, null, null);
        }

        IReadOnlyList<Place> options = s.Places;
        if (options.Count > 1)
        {
            options = Narrow(options, tokens, c, county ?? anyCounty);
            if (options.Select(p => p.District).Distinct(StringComparer.Ordinal).Skip(1).Any())
            {
                return new PlaceReading(text, null, null) { Options = options };
            }
        }

        var place = options[0];
        return new PlaceReading(text, place.District, place.Point) { Approximate = place.Approximate };
    }

    /// <summary>The places a shared name may mean that fit the county and the township the message names (谷城城关, 张集镇韩营村).</summary>
    private static IReadOnlyList<Place> Narrow(IReadOnlyList<Place> options, List<Token> tokens, (int From, int To) chain, Token? county)
    {
        if (county is { } ct)
        {
            var code = ct.Places[0].District;
            var inCounty = options.Where(p => p.District == code).ToList();
            options = inCounty.Count > 0 ? inCounty : options;
        }

        for (var k = chain.From; k <= chain.To; k++)
        {
            if (tokens[k].Kind == TokenKind.Xiangyang && tokens[k].Places is [{ Kind: PlaceKind.Township }, ..] towns)
            {
                var inTown = options.Where(p => towns.Any(t => t.Name == p.Township)).ToList();
                options = inTown.Count > 0 ? inTown : options;
            }
        }

        return options;
    }

    private static List<Token> Tokens(string plain)
    {
        var list = new List<Token>();
        foreach (var m in Gazetteer.Xiangyang.Scan(plain))
        {
            list.Add(new Token(m.Start, m.End, TokenKind.Xiangyang, MostSpecificFirst(m.Places)));
        }

        foreach (var m in OthersScanner.Scan(plain))
        {
            var overlaps = list.FindIndex(t => t.Start < m.End && m.Start < t.End);
            if (overlaps < 0)
            {
                list.Add(new Token(m.Start, m.End, m.Value, []));
            }
            else if (m.Length > list[overlaps].End - list[overlaps].Start)
            {
                list[overlaps] = new Token(m.Start, m.End, m.Value, []);
            }
        }

        list.Sort((a, b) => a.Start.CompareTo(b.Start));
        var elsewhere = list.Exists(t => t.Kind == TokenKind.Outside);
        var kept = new List<Token>(list.Count);
        Token? alone = null;
        for (var k = 0; k < list.Count; k++)
        {
            var t = list[k];
            if (kept.Count > 0 && t.Start < kept[^1].End)
            {
                continue;
            }

            if (t.Kind == TokenKind.Xiangyang)
            {
                var name = plain[t.Start..t.End];
                var next = t.End < plain.Length ? plain[t.End] : ' ';

                // 十堰张湾区: a Xiangyang short form followed by 区/县/市 names another city's district.
                if (next is '区' or '县' or '市' && t.Places[0].Kind != PlaceKind.County && !name.EndsWith('区'))
                {
                    kept.Add(new Token(t.Start, t.End + 1, TokenKind.Outside, []));
                    continue;
                }

                // A generic landmark (火车站, 万达) alone is Xiangyang's unless the message is about another city.
                var qualified = kept.Count > 0 && kept[^1].Kind != TokenKind.Outside && Adjacent(plain, kept[^1], t);
                if (Weak.Contains(name) && !qualified && (elsewhere || t.Places[0].Kind != PlaceKind.Landmark))
                {
                    if (elsewhere || InOrdinaryWord(plain, t))
                    {
                        continue;
                    }

                    if (Cued(plain, t))
                    {
                        kept.Add(t);
                    }
                    else if (Boundary(plain, t.Start - 1) && Boundary(plain, t.End))
                    {
                        alone ??= t;
                    }

                    continue;
                }
            }

            kept.Add(t);
        }

        // 卧龙 on its own, and nothing else in the message reads as a place: the short name is meant.
        if (alone is { } a && !kept.Exists(t => t.Kind != TokenKind.City))
        {
            kept.Add(a);
            kept.Sort((x, y) => x.Start.CompareTo(y.Start));
        }

        return kept;
    }

    private static bool Cued(string text, Token t)
    {
        var before = t.Start - 1;
        if (before >= 0 && text[before] is ' ' or ':')
        {
            before--;
        }

        if (before >= 0 && CuesBefore.Contains(text[before], StringComparison.Ordinal))
        {
            return true;
        }

        // 卧龙的 / 石桥附近 — but not 生意兴隆的, where the name ends a longer word.
        return Boundary(text, t.Start - 1) && CuesAfter.Any(w => string.CompareOrdinal(text, t.End, w, 0, w.Length) == 0);
    }

    private static bool InOrdinaryWord(string text, Token t)
    {
        foreach (var word in OrdinaryWords)
        {
            for (var from = Math.Max(0, t.End - word.Length); from <= t.Start && from + word.Length <= text.Length; from++)
            {
                if (string.CompareOrdinal(text, from, word, 0, word.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="i"/> ends a word: outside the text, or not a Chinese character.</summary>
    private static bool Boundary(string text, int i) => i < 0 || i >= text.Length || text[i] is < '㐀' or > '鿿';

    /// <summary>A name one district gives both its county and a unit in it (光化: 老河口市 and 光化街道; 东津: 东津新区 and 东津镇) means the unit.</summary>
    private static IReadOnlyList<Place> MostSpecificFirst(IReadOnlyList<Place> places)
    {
        if (places.Count < 2 || places[0].Kind != PlaceKind.County || places.Any(p => p.District != places[0].District))
        {
            return places;
        }

        return [.. places.OrderByDescending(p => Specificity(p.Kind))];
    }

    private static int Specificity(PlaceKind kind) => kind switch
    {
        PlaceKind.County => 1,
        PlaceKind.Township => 2,
        _ => 3,
    };

    private static bool Adjacent(string text, Token a, Token b) => b.Start == a.End || (b.Start == a.End + 1 && text[a.End] == ' ');

    /// <summary>What follows a name and belongs to it: 枣阳城区, 清河口小区, 深圳市宝安区.</summary>
    private static int Extend(string text, int end)
    {
        for (var round = 0; round < 4 && end < text.Length; round++)
        {
            var m = Suffix().Match(text, end);
            if (!m.Success || m.Index != end)
            {
                break;
            }

            end += m.Length;
        }

        return end;
    }

    private static PlaceReading? Fallback(string plain)
    {
        var m = Generic().Match(plain);
        return m.Success ? new PlaceReading(m.Groups["p"].Value, null, null) : null;
    }

    [GeneratedRegex(@"\G[^ 0-9的在到这那边旁附近里面和及或与有没冇得找要招个一干做会能去来是了吗呢吧啊,.:：!！?？~\-]{0,4}?(?:城区|县城|市区|镇上|街道|小区|社区|新村|村委会|村|大道|路|街|广场|市场|医院|高铁站|火车站|汽车站|机场|公园|工业园|物流园|产业园|开发区|新区|园区|景区|花园|家园|区|县|市|镇|乡|站)")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"\G ?[^ 0-9的在到这那边旁附近里面和及或与有没冇得找要招聘急诚个一干做会能去来是了吗呢吧啊,.:：!！?？~\-【】]{2,3}?(?=[ ,.:：!！?？]|$|[的在到这那边旁附近里面和与有找要招聘急诚需缺])")]
    private static partial Regex OutsideTail();

    [GeneratedRegex(@"(?:在|到|位于|地址[:：]?|地点[:：]?|工作地点[:：]?) ?(?<p>[\u4e00-\u9fa5]{2,8}?(?:街道|小区|社区|广场|市场|医院|开发区|工业园|产业园|园区|大道|区|县|镇|乡|村|路|街))")]
    private static partial Regex Generic();
}
