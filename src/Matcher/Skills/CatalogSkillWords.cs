using ZeroWork.Market.Jobs;
using ZeroWork.Market.Matching;

namespace ZeroWork.Matcher.Skills;

/// <summary>The catalogue's own names only (电工 → electrician), for a process without the bot's reader.</summary>
public sealed class CatalogSkillWords : ISkillWords
{
    public IReadOnlyList<string> SkillsIn(string text) => SkillCatalog.CodeOfName(text.Trim()) is { } code ? [code] : [];
}
