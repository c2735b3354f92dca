namespace ZeroWork.Bot.Understanding;

/// <summary>A lexicon term found in a text.</summary>
internal readonly record struct TermMatch<T>(int Start, int Length, string Term, T Value)
{
    public int End => Start + Length;
}
