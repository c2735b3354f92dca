using System.Diagnostics.CodeAnalysis;

namespace ZeroWork.Bot.Sms;

/// <summary>Mainland mobile numbers: callbacks give <c>nationcode</c> + <c>mobile</c>, SendSms wants <c>+86…</c>, the market stores 11 digits.</summary>
public static class MainlandMobile
{
    /// <summary>Accepts 11 digits, <c>+86…</c>, <c>0086…</c> or <c>86…</c> (spaces and dashes ignored) and gives the 11 digits.</summary>
    public static bool TryNormalise(string? number, [NotNullWhen(true)] out string? mobile) => TryNormalise("86", number, out mobile);

    /// <summary>As above with the callback's separate country code; any code other than 86 is not mainland.</summary>
    public static bool TryNormalise(string? nationCode, string? number, [NotNullWhen(true)] out string? mobile)
    {
        mobile = null;
        var code = (nationCode ?? "").Trim().TrimStart('+');
        if (code.Length > 0 && code is not ("86" or "0086"))
        {
            return false;
        }

        var digits = new string((number ?? "").Where(c => c is not (' ' or '-')).ToArray());
        if (digits.StartsWith('+'))
        {
            if (!digits.StartsWith("+86", StringComparison.Ordinal))
            {
                return false;
            }

            digits = digits[3..];
        }
        else if (digits.Length == 15 && digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        else if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal))
        {
            digits = digits[2..];
        }

        if (digits.Length != 11 || digits[0] != '1' || digits[1] is < '3' or > '9' || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        mobile = digits;
        return true;
    }

    public static string ToE164(string mobile) => "+86" + mobile;
}
