namespace ZeroWork.Bot.Understanding;

/// <summary>Turns one inbound text into a <see cref="Reading"/>. Never throws; bounded time for any input.</summary>
public interface IMessageReader
{
    /// <param name="channel">sms, wechat or voice.</param>
    /// <param name="now">Relative dates and times resolve against this (China time).</param>
    Reading Read(string text, string channel, DateTimeOffset now);
}
