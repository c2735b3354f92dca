namespace ZeroWork.Bot.Understanding;

/// <summary>The understanding pipeline: normalise, then extract each field.</summary>
public sealed class MessageReader : IMessageReader
{
    public Reading Read(string text, string channel, DateTimeOffset now) => new();
}
