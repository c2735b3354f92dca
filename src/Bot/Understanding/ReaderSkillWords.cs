using ZeroWork.Market.Matching;

namespace ZeroWork.Bot.Understanding;

/// <summary>Search words read by the same reader as chat messages, so "搬砖" finds a porter's job on the web as it does in WeChat.</summary>
public sealed class ReaderSkillWords(IMessageReader reader, TimeProvider time) : ISkillWords
{
    public IReadOnlyList<string> SkillsIn(string text) => reader.Read(text, "wechat", time.GetUtcNow()).Skills;
}
