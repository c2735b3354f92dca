using System.Text.RegularExpressions;

namespace ZeroWork.Market.Messaging;

/// <summary>Addresses of the admin site's chat simulator. SMS sandbox numbers start with 100, a block no carrier gives to mobiles, so a sandbox
/// number can never be a real person's; sandbox openids carry a prefix WeChat never issues. Nothing addressed to them ever leaves the outbox.</summary>
public static partial class Sandbox
{
    public const string SmsPrefix = "100";
    public const string OpenIdPrefix = "sandbox_";

    /// <summary>Why a sandbox message stays in the outbox.</summary>
    public const string NotSentReason = "模拟对话：只在本地显示，不发送";

    /// <summary>Why a post from a sandbox contact is held and can never be published.</summary>
    public const string PostFlag = "模拟对话的测试信息，不对外发布";

    public static bool IsAddress(string? address) =>
        address is not null && (SmsNumber().IsMatch(address) || address.StartsWith(OpenIdPrefix, StringComparison.Ordinal));

    /// <summary>A simulator user: reached only at sandbox addresses. Such a person never hears of, takes, or counts toward the real market.</summary>
    public static bool IsPerson(People.Person? person) =>
        person is not null && (IsAddress(person.Phone) || IsAddress(person.OpenId));

    /// <summary>A post a simulator user made (held for ever with <see cref="PostFlag"/>).</summary>
    public static bool IsPost(Jobs.JobPost post) => post.RiskFlags.Contains(PostFlag, StringComparer.Ordinal);

    [GeneratedRegex("^100\\d{8}$")]
    private static partial Regex SmsNumber();
}
