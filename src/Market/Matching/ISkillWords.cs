namespace ZeroWork.Market.Matching;

/// <summary>The skill codes a searcher's words name (搬砖 → porter), read the way the bot reads messages. Implemented by Bot, used by the public job pages, so a word means the same on the web as in a chat.</summary>
public interface ISkillWords
{
    IReadOnlyList<string> SkillsIn(string text);
}
