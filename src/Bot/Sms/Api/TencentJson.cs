using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ZeroWork.Bot.Sms.Api;

/// <summary>One serializer setting for every request: the body is serialized once, hashed and sent as the same bytes.</summary>
internal static class TencentJson
{
    /// <summary>Relaxed escaping keeps CJK and <c>+</c> literal, as Tencent's own examples send them.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
