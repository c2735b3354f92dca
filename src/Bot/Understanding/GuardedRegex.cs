using System.Buffers;
using System.Text.RegularExpressions;

namespace ZeroWork.Bot.Understanding;

/// <summary>
/// A regex that can only match where one of a few words occurs (each of its branches contains one of them), asked
/// first whether any does: a vectorised search for the words is far cheaper than a regex whose branches begin with a
/// digit or a common character and so start an attempt at nearly every position. The answer is the regex's own.
/// </summary>
internal sealed class GuardedRegex(Regex regex, params string[] needed)
{
    private readonly SearchValues<string> words = SearchValues.Create(needed, StringComparison.Ordinal);

    public Regex Regex => regex;

    public bool IsMatch(string text) => text.AsSpan().ContainsAny(words) && regex.IsMatch(text);
}
