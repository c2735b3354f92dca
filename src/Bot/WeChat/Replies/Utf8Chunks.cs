using System.Text;

namespace ZeroWork.Bot.WeChat.Replies;

/// <summary>Cuts text into pieces of at most a number of UTF-8 bytes, never inside a character, preferring a line break in the second half of a piece.</summary>
public static class Utf8Chunks
{
    public static IReadOnlyList<string> Split(string text, int maxBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 4);
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return [text];
        }

        var chunks = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var bytes = 0;
            var lastBreak = -1;
            while (end < text.Length)
            {
                // A lone surrogate decodes as U+FFFD, which the UTF-8 encoder also writes as 3 bytes.
                Rune.DecodeFromUtf16(text.AsSpan(end), out var rune, out var consumed);
                if (bytes + rune.Utf8SequenceLength > maxBytes)
                {
                    break;
                }

                bytes += rune.Utf8SequenceLength;
                end += consumed;
                if (rune.Value == '\n' && bytes > maxBytes / 2)
                {
                    lastBreak = end;
                }
            }

            if (end < text.Length && lastBreak > 0)
            {
                end = lastBreak;
            }

            var piece = text[start..end].TrimEnd('\n');
            if (piece.Length > 0)
            {
                chunks.Add(piece);
            }

            start = end;
        }

        return chunks;
    }
}
