using System.Text.Json.Serialization;

namespace ZeroWork.Bot.Sms.Hooks;

/// <summary>The answer both callbacks expect: <c>{"result":0,"errmsg":"OK"}</c>; any other result means failure.</summary>
public sealed record SmsCallbackAck(
    [property: JsonPropertyName("result")] int Result,
    [property: JsonPropertyName("errmsg")] string ErrMsg)
{
    public static readonly SmsCallbackAck Ok = new(0, "OK");
}
